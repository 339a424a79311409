using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AiContracts.Domain;
using AiContracts.Domain.Validation;
using AiContracts.TestUtilities;

namespace AiContracts.Json.Tests;

/// <summary>
/// docs/model.md is derived from the model: the public types of AiContracts.Domain by reflection, their descriptions
/// from its XML documentation file, the rule table from <see cref="BuiltInRules"/>. Run the tests once with
/// AICONTRACTS_UPDATE_DOCS=1 to rewrite the page after changing the model, then review the diff.
/// </summary>
public sealed partial class ModelDocTests
{
    /// <summary>One section per namespace of the model: its title and what it holds (the only hand-written part of the page).</summary>
    private static readonly (string Namespace, string Title, string Blurb)[] Groups =
    [
        ("", "Contract root", "The aggregate root, the parties and the term, and vocabularies shared by several clause groups. `schemaVersion` is optional in C# (it defaults to the current version) but required in JSON."),
        ("Systems", "AI systems covered", "The AI systems a contract covers."),
        ("ServiceLevels", "Service levels", "KPIs (technical and business), objectives with service-credit tables, exclusions, caps, claim windows and chronic-breach terms, and drift monitoring."),
        ("DataProcessing", "Data processing", "Terms per data category: protection, purposes, training rights, retention, deletion, access, residency; sub-processors and breach notification."),
        ("Integration", "Integration", "Documented interfaces, compatibility and deprecation, acceptance tests and the sandboxed integration proof."),
        ("Pricing", "Pricing", "Meters priced flat, per unit, in graduated or volume tiers or in packages; caps, commitments, upfront fees and their guarantees, price-change limits, refunds and payment terms."),
        ("Exit", "Exit", "Termination rights, transition assistance, data portability, model artifacts and knowledge transfer."),
        ("Governance", "Governance", "Reporting, audit rights, incident notification, model-change notice and escalation."),
        ("Computations", "Computations", "What a contract implies, computed from the contract itself (docs/computations.md explains the semantics with worked examples). These are results and inputs, not parts of a contract document; findings about bad input use the `AIC7xxx` codes."),
        ("Computations.ServiceCredits", "SLA evaluation and service credits", "Measurements of a period in, per objective out: attained value, breach, credit band, credit percentage and amount, exclusions applied, claim deadline; chronic breach over a history of periods."),
        ("Computations.Invoicing", "Invoices", "Usage per meter in, an invoice out: a line per meter and tier, flat fees, caps, minimum-commitment true-up, service credits, prepaid drawdown, totals rounded to the currency."),
        ("Computations.ExitDates", "Exit timeline", "A notice of termination in, the exit dates out: effective termination, transition assistance, data export, artifact handover, deletion and its certificate, knowledge transfer."),
        ("Diff", "Contract diff", "What changed between two versions of a contract, and whom each change favours (see docs/diff.md). Not part of the contract format: these types have no JSON Schema; the CLI writes them with `aicontracts diff --format json`."),
        ("Primitives", "Value objects", "Values that enforce their own invariants where they are made (an ArgumentException names the parameter, the value and the allowed range)."),
        ("Extensions", "Extensions", "The open `extensions` object, kept losslessly."),
        ("Diagnostics", "Diagnostics", "One shape for every finding, from the schema and the rules alike: code, severity, JSON Pointer, message, rule, position. Codes and messages live in `DiagnosticCatalogue`; docs/rules.md explains each code."),
        ("Validation", "Validation", "Business rules (`IContractRule`, `IClauseRule`) and the validator that runs them over a contract built in C#; playbooks (named, versioned sets of rules with severities and parameters) and the completeness report; the JSON pipeline is `ContractDocumentValidator` in AiContracts.Json. docs/playbooks.md explains playbooks; playbook documents have their own format there (`rules`, `extends`, `parameters`, `severities`), so the member lists of `Playbook` below are its C# properties in camelCase."),
        ("Validation.Rules", "Built-in rules", "One rule per clause a playbook can require. The rule classes are internal: `BuiltInRules.Create(id, parameters)` builds one, and a playbook names them by identifier. One name per rule: the identifier (`credit-bands`), the class (`CreditBandsRule`, the identifier in Pascal case) and its file (`src/AiContracts.Domain/Validation/Rules/CreditBandsRule.cs`) agree, and a finding carries the identifier as its `Rule`. docs/rules.md explains each code and names the rule that emits it."),
    ];

    private static readonly Assembly Domain = typeof(AiContract).Assembly;

    private static string CheckedInPath => Path.Combine(SampleFiles.RepositoryRoot, "docs", "model.md");

    [Fact]
    public void CheckedInModelDoc_IsWhatTheModelGenerates()
    {
        var generated = Generate();
        if (Environment.GetEnvironmentVariable("AICONTRACTS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(CheckedInPath, generated);
        }

        Assert.True(
            File.Exists(CheckedInPath) && File.ReadAllText(CheckedInPath).ReplaceLineEndings("\n") == generated,
            "docs/model.md is out of date with the model: run the tests once with AICONTRACTS_UPDATE_DOCS=1 and review the diff.");
    }

    [Fact]
    public void EveryNamespaceOfTheModel_HasASection()
    {
        var known = Groups.Select(g => Qualified(g.Namespace)).ToHashSet(StringComparer.Ordinal);

        var missing = Domain.GetExportedTypes().Select(t => t.Namespace!).Where(n => !known.Contains(n)).Distinct().Order(StringComparer.Ordinal);

        Assert.Empty(missing);
    }

    private static string Generate()
    {
        var docs = XDocument.Load(Path.ChangeExtension(Domain.Location, ".xml")).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("summary"), StringComparer.Ordinal);
        string Summary(Type type) => docs.TryGetValue("T:" + type.FullName, out var summary) && summary is not null ? Render(summary) : string.Empty;

        var page = new StringBuilder();
        page.Append("# The contract model\n\n")
            .Append("Generated from `src/AiContracts.Domain` (its public types and their XML documentation) by `ModelDocTests`\n")
            .Append("(tests/AiContracts.Json.Tests): run the tests once with `AICONTRACTS_UPDATE_DOCS=1` after changing the model.\n")
            .Append("JSON member names are the camelCase of the C# property names.\n\n");
        foreach (var (ns, title, blurb) in Groups)
        {
            page.Append("## ").Append(title).Append("\n\n").Append(blurb).Append("\n\n");
            if (ns == "Validation.Rules")
            {
                page.Append("| rule id | class | what it checks |\n|---|---|---|\n");
                foreach (var (id, type) in BuiltInRules.Ids.Select(id => (id, BuiltInRules.Create(id).GetType())).OrderBy(r => r.Item2.Name, StringComparer.Ordinal))
                {
                    page.Append("| `").Append(id).Append("` | `").Append(type.Name).Append("` | ").Append(Summary(type)).Append(" |\n");
                }

                page.Append('\n');
                continue;
            }

            var types = Domain.GetExportedTypes().Where(t => t.Namespace == Qualified(ns) && !t.IsNested).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            var records = types.Where(t => IsRecord(t) && ns != "Primitives").ToList();
            var vocabularies = types.Where(IsSmartEnum).ToList();
            var others = types.Except(records).Except(vocabularies).ToList();
            if (records.Count > 0)
            {
                page.Append("| type | what it is | JSON members (**required**) |\n|---|---|---|\n");
                foreach (var type in records)
                {
                    var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                        .Where(p => p.SetMethod?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true)
                        .Where(p => p.PropertyType != typeof(Domain.Diagnostics.JsonPointer)) // Diagnostic.Location: written as its text, Pointer
                        .OrderBy(p => p.MetadataToken)
                        .Select(p => p.IsDefined(typeof(RequiredMemberAttribute)) ? $"**`{CamelCase(p.Name)}`**" : $"`{CamelCase(p.Name)}`");
                    page.Append("| `").Append(type.Name).Append("` | ").Append(Summary(type)).Append(" | ").AppendJoin(", ", members).Append(" |\n");
                }

                page.Append('\n');
            }

            if (others.Count > 0)
            {
                page.Append("| type | what it is |\n|---|---|\n");
                foreach (var type in others)
                {
                    page.Append("| `").Append(Name(type)).Append("` | ").Append(Summary(type)).Append(" |\n");
                }

                page.Append('\n');
            }

            if (vocabularies.Count > 0)
            {
                page.Append("Vocabularies (smart enums, written by name):\n\n| type | what it is | values |\n|---|---|---|\n");
                foreach (var type in vocabularies)
                {
                    var values = type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type).OrderBy(f => f.MetadataToken).Select(f => f.Name);
                    page.Append("| `").Append(type.Name).Append("` | ").Append(Summary(type)).Append(" | ").AppendJoin(", ", values).Append(" |\n");
                }

                page.Append('\n');
            }
        }

        return page.ToString().TrimEnd() + "\n";
    }

    private static string Qualified(string ns) => ns.Length == 0 ? "AiContracts.Domain" : "AiContracts.Domain." + ns;

    private static bool IsRecord(Type type) => type is { IsClass: true, IsSealed: true } && type.GetMethod("<Clone>$") is not null;

    private static bool IsSmartEnum(Type type) => ModelGraph.IsSmartEnum(type);

    private static string Name(Type type) => type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(a => a.Name))}>" : type.Name;

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>A summary as one line of Markdown: a cross-reference becomes its last name in code style, as does <c>c</c>.</summary>
    private static string Render(XElement summary)
    {
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "see" or "seealso" } e when e.Attribute("cref") is { } cref => $"`{ShortName(cref.Value)}`",
                XElement { Name.LocalName: "see" } e when e.Attribute("langword") is { } word => $"`{word.Value}`",
                XElement { Name.LocalName: "paramref" or "typeparamref" } e => $"`{(string?)e.Attribute("name")}`",
                XElement { Name.LocalName: "c" } e => $"`{e.Value}`",
                XElement e => e.Value,
                _ => string.Empty,
            });
        }

        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    /// <summary>
    /// The last name of a documentation ID: <c>P:A.B.Playbook.Strict</c> is <c>Strict</c>, a method keeps its parameter
    /// types' last names, a generic arity becomes <c>&lt;T&gt;</c>, and a built-in type is its C# keyword.
    /// </summary>
    private static string ShortName(string cref)
    {
        var name = cref[(cref.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var parameters = open >= 0 ? "(" + string.Join(", ", name[(open + 1)..^1].Split(',').Select(Last)) + ")" : string.Empty;
        return Last(open >= 0 ? name[..open] : name) + parameters;

        static string Last(string qualified)
        {
            var name = qualified[(qualified.LastIndexOf('.') + 1)..];
            var tick = name.IndexOf('`', StringComparison.Ordinal);
            name = tick >= 0 ? name[..tick] + "<T>" : name;
            return qualified switch
            {
                "System.Decimal" => "decimal",
                "System.String" => "string",
                "System.Int32" => "int",
                "System.Int64" => "long",
                "System.Boolean" => "bool",
                "System.Object" => "object",
                _ => name,
            };
        }
    }

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex Whitespace();
}
