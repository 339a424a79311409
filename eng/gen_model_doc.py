#!/usr/bin/env python3
"""Writes docs/model.md from the XML doc comments of src/AiContracts.Domain (run after changing the model)."""
import os, re, glob

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
domain = os.path.join(root, 'src', 'AiContracts.Domain')
groups = [
    ('', 'Contract root', 'The aggregate root, the parties and the term, and vocabularies shared by several clause groups. `schemaVersion` is optional in C# (it defaults to the current version) but required in JSON.'),
    ('Systems', 'AI systems covered', 'The AI systems a contract covers.'),
    ('ServiceLevels', 'Service levels', 'KPIs (technical and business), objectives with service-credit tables, exclusions, caps, claim windows and chronic-breach terms, and drift monitoring.'),
    ('DataProcessing', 'Data processing', 'Terms per data category: protection, purposes, training rights, retention, deletion, access, residency; sub-processors and breach notification.'),
    ('Integration', 'Integration', 'Documented interfaces, compatibility and deprecation, acceptance tests and the sandboxed integration proof.'),
    ('Pricing', 'Pricing', 'Meters priced flat, per unit, in graduated or volume tiers or in packages; caps, commitments, upfront fees and their guarantees, price-change limits, refunds and payment terms.'),
    ('Exit', 'Exit', 'Termination rights, transition assistance, data portability, model artifacts and knowledge transfer.'),
    ('Governance', 'Governance', 'Reporting, audit rights, incident notification, model-change notice and escalation.'),
    ('Computations', 'Computations', 'What a contract implies, computed from the contract itself (docs/computations.md explains the semantics with worked examples). These are results and inputs, not parts of a contract document; findings about bad input use the `AIC7xxx` codes.'),
    ('Computations/ServiceCredits', 'SLA evaluation and service credits', 'Measurements of a period in, per objective out: attained value, breach, credit band, credit percentage and amount, exclusions applied, claim deadline; chronic breach over a history of periods.'),
    ('Computations/Invoicing', 'Invoices', 'Usage per meter in, an invoice out: a line per meter and tier, flat fees, caps, minimum-commitment true-up, service credits, prepaid drawdown, totals rounded to the currency.'),
    ('Computations/ExitDates', 'Exit timeline', 'A notice of termination in, the exit dates out: effective termination, transition assistance, data export, artifact handover, deletion and its certificate, knowledge transfer.'),
    ('Primitives', 'Value objects', 'Values that enforce their own invariants where they are made (an ArgumentException names the parameter, the value and the allowed range).'),
    ('Extensions', 'Extensions', 'The open `extensions` object, kept losslessly.'),
    ('Diagnostics', 'Diagnostics', 'One shape for every finding, from the schema and the rules alike: code, severity, JSON Pointer, message, rule, position. Codes and messages live in `DiagnosticCatalogue`; docs/rules.md explains each code.'),
    ('Validation', 'Validation', 'Business rules (`IContractRule`, `IClauseRule`) and the validator that runs them over a contract built in C#; playbooks (named, versioned sets of rules with severities and parameters) and the completeness report; the JSON pipeline is `ContractDocumentValidator` in AiContracts.Json. docs/playbooks.md explains playbooks; playbook documents have their own format there (`rules`, `extends`, `parameters`, `severities`), so the member lists of `Playbook` below are its C# properties in camelCase.'),
    ('Validation/Rules', 'Built-in rules', 'One rule per clause a playbook can require. The rule classes are internal: `BuiltInRules.Create(id, parameters)` builds one, and a playbook names them by identifier. One name per rule: the identifier (`credit-bands`), the class (`CreditBandsRule`, the identifier in Pascal case) and its file (`src/AiContracts.Domain/Validation/Rules/CreditBandsRule.cs`) agree, and a finding carries the identifier as its `Rule`. docs/rules.md explains each code and names the rule that emits it.'),
]

def summary(text):
    m = re.search(r'/// <summary>(.*?)</summary>', text, re.S)
    s = re.sub(r'\s*///\s*', ' ', m.group(1)).strip() if m else ''
    s = re.sub(r'<see cref="([^"]+)"\s*/>', lambda g: '`' + g.group(1).split('.')[-1] + '`', s)
    s = re.sub(r'<c>(.*?)</c>', r'`\1`', s)
    return s

out = ['# The contract model', '',
       'Generated from the XML documentation of `src/AiContracts.Domain` by `eng/gen_model_doc.py`; a test checks that',
       'every public type is listed. JSON member names are the camelCase of the C# property names.', '']
for folder, title, blurb in groups:
    files = sorted(glob.glob(os.path.join(domain, folder, '*.cs')))
    records, vocab, other = [], [], []
    if folder == 'Validation/Rules':
        rules = []
        for f in files:
            text = open(f).read()
            m = re.search(r'internal sealed class (\w+)Rule\b', text)
            if m:
                rid = re.search(r'public string Id => "([a-z0-9-]+)";', text).group(1)
                rules.append(f'| `{rid}` | `{m.group(1)}Rule` | {summary(text)} |')
        out += [f'## {title}', '', blurb, '', '| rule id | class | what it checks |', '|---|---|---|'] + rules + ['']
        continue
    for f in files:
        text = open(f).read()
        m = re.search(r'public (sealed partial record|sealed record|readonly record struct|sealed class|readonly struct|static class|enum|interface) (\w+)', text)
        if not m:
            continue
        kind, name = m.group(1), m.group(2)
        if ': SmartEnum<' in text:
            values = re.findall(r'public static readonly \w+ (\w+) =', text)
            vocab.append(f'| `{name}` | {summary(text)} | {", ".join(values)} |')
        elif kind in ('sealed record', 'sealed partial record') and folder not in ('Primitives',):
            props = re.findall(r'public (required )?([\w<>?]+) (\w+) \{ get; init', text)
            members = ', '.join(('**' if r else '') + f'`{p[0].lower() + p[1:]}`' + ('**' if r else '') for r, _, p in props)
            records.append(f'| `{name}` | {summary(text)} | {members} |')
        else:
            other.append(f'| `{name}` | {summary(text)} |')
    out += [f'## {title}', '', blurb, '']
    if records:
        out += ['| type | what it is | JSON members (**required**) |', '|---|---|---|'] + records + ['']
    if other:
        out += ['| type | what it is |', '|---|---|'] + other + ['']
    if vocab:
        out += ['Vocabularies (smart enums, written by name):', '', '| type | what it is | values |', '|---|---|---|'] + vocab + ['']
open(os.path.join(root, 'docs', 'model.md'), 'w').write('\n'.join(out).rstrip() + '\n')
print('docs/model.md written')
