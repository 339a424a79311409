using System.Collections.Frozen;

namespace AiContracts.Domain.Diagnostics;

/// <summary>
/// Every diagnostic code this library emits, with its message template: the one place where wording lives. Codes are
/// never reused. Ranges: <c>AIC00xx</c> schema and syntax, <c>AIC02xx</c> references between elements and the contract's integrity; the business
/// rules take <c>AIC1xxx</c> (service levels) to <c>AIC6xxx</c> (governance), and the computations' inputs <c>AIC7xxx</c>;
/// each area lists its codes in its own partial file. <c>docs/rules.md</c> explains each code.
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads.</remarks>
public static partial class DiagnosticCatalogue
{
    private const string Syntax = "schema and syntax";
    private const string References = "references";
    private const string Integrity = "integrity";

    /// <summary>AIC0001: the text is not well-formed JSON.</summary>
    public static DiagnosticDescriptor MalformedJson { get; } = Error("AIC0001", "Malformed JSON", Syntax, "The document is not well-formed JSON: {detail}");

    /// <summary>AIC0002: the document nests deeper than the configured limit.</summary>
    public static DiagnosticDescriptor TooDeep { get; } = Error("AIC0002", "Nested too deeply", Syntax, "The document is nested deeper than the configured limit of {limit} levels.");

    /// <summary>AIC0003: the document is larger than the configured limit.</summary>
    public static DiagnosticDescriptor TooLarge { get; } = Error("AIC0003", "Document too large", Syntax, "The document is larger than the configured limit of {limit} bytes.");

    /// <summary>AIC0004: validation stopped after the configured number of findings.</summary>
    public static DiagnosticDescriptor TooManyFindings { get; } = Error("AIC0004", "Too many findings", Syntax, "Validation stopped after {limit} findings; fix these and validate again.");

    /// <summary>AIC0010: a value has the wrong JSON type.</summary>
    public static DiagnosticDescriptor WrongType { get; } = Error("AIC0010", "Wrong type", Syntax, "Expected {expected} but found {found}.");

    /// <summary>AIC0011: a required member is missing.</summary>
    public static DiagnosticDescriptor MissingMember { get; } = Error("AIC0011", "Missing required member", Syntax, "{type} is missing the required member '{member}'.");

    /// <summary>AIC0012: an object has a member the format does not define.</summary>
    public static DiagnosticDescriptor UnknownMember { get; } = Error("AIC0012", "Unknown member", Syntax, "Unknown member '{member}' in {type}; expected one of {allowed}.");

    /// <summary>AIC0013: a value is not one of the names of its vocabulary.</summary>
    public static DiagnosticDescriptor UnknownName { get; } = Error("AIC0013", "Unknown name", Syntax, "'{value}' is not a {type}; expected one of {allowed}.");

    /// <summary>AIC0014: a string does not have the required form (a date, a period, an identifier...).</summary>
    public static DiagnosticDescriptor WrongForm { get; } = Error("AIC0014", "Wrong form", Syntax, "'{value}' is not {expected}.");

    /// <summary>AIC0015: a number is outside its allowed range.</summary>
    public static DiagnosticDescriptor OutOfRange { get; } = Error("AIC0015", "Out of range", Syntax, "{value} is out of range: {range}.");

    /// <summary>AIC0016: the document's schema version is not one this library reads.</summary>
    public static DiagnosticDescriptor UnsupportedVersion { get; } = Error("AIC0016", "Unsupported schema version", Syntax, "Schema version '{value}' is not supported: this library reads version {supported} documents.");

    /// <summary>AIC0017: a value the schema allows but the model cannot hold (an unknown time zone, a number a decimal would round...).</summary>
    public static DiagnosticDescriptor InvalidValue { get; } = Error("AIC0017", "Invalid value", Syntax, "{detail}");

    /// <summary>AIC0018: an object repeats a member name.</summary>
    public static DiagnosticDescriptor DuplicateMember { get; } = Error("AIC0018", "Duplicate member", Syntax, "The member '{member}' appears more than once in {type}; a JSON object must not repeat a name.");

    /// <summary>AIC0201: two elements of a list share an identifier.</summary>
    public static DiagnosticDescriptor DuplicateId { get; } = Error("AIC0201", "Duplicate identifier", References, "'{value}' is already the id of {what} {first}; ids must be unique within their list.");

    /// <summary>AIC0202: a reference names an element that does not exist.</summary>
    public static DiagnosticDescriptor UnknownReference { get; } = Error("AIC0202", "Unknown reference", References, "'{value}' is not the id of any {what}; expected one of {allowed}.");

    /// <summary>AIC0203: a period the calculators add to a date cannot be added to one (a partial day, a negative or an endless period).</summary>
    public static DiagnosticDescriptor PeriodNotApplicable { get; } = Error("AIC0203", "Period cannot be applied to dates", Integrity, "{what} is {value}, which {problem}; it is added to calendar dates, so write it in whole years, months, weeks or days (a time component counts only as whole 24-hour days: PT72H is P3D).");

    /// <summary>AIC0204: a value a calculator needs is outside the range it can compute with.</summary>
    public static DiagnosticDescriptor NotComputable { get; } = Error("AIC0204", "Value cannot be computed", Integrity, "{what} is {value}; {expected}.");

    /// <summary>AIC0205: an objective's minimum credit is above its maximum credit per claim, so no credit could be issued.</summary>
    public static DiagnosticDescriptor CreditMinimumAboveMaximum { get; } = Error("AIC0205", "Minimum credit above the maximum per claim", Integrity, "The minimum credit of objective '{value}' ({minimum}) is above its maximum credit per claim ({maximum}), so no credit could ever be issued; lower the minimum or raise the maximum.");

    /// <summary>AIC0206: a credit amount of an objective is in another currency than the pricing, or than its other credit amount.</summary>
    public static DiagnosticDescriptor CreditAmountCurrency { get; } = Error("AIC0206", "Credit amount in another currency", Integrity, "{what} is in {value} but {expected}; credit amounts are compared with credits in the pricing currency and never converted.");

    /// <summary>AIC0207: an availability term cannot apply to how the KPI computes availability.</summary>
    public static DiagnosticDescriptor AvailabilityTermWithoutEffect { get; } = Error("AIC0207", "Availability term without effect", Integrity, "{what} of KPI '{value}' {problem}; remove it or change the availability definition.");

    /// <summary>AIC0209: a document uses a member introduced in a later format version than the one it declares.</summary>
    public static DiagnosticDescriptor MemberNewerThanFormat { get; } = Warning("AIC0209", "Member newer than the declared format", Syntax, "'{member}' was introduced in format {version}, but the document declares format {declared}, whose readers refuse the member; declare \"schemaVersion\": \"{version}\" (or later).");

    /// <summary>AIC0210: a minimum is above its maximum (a tier's charges, an event's fee, a meter's minimum charge and its spend cap). Introduced in format 1.1.</summary>
    public static DiagnosticDescriptor MinimumAboveMaximum { get; } = Error("AIC0210", "Minimum above maximum", Integrity, "{what} is {value}, above {maximum}; a minimum must not exceed its maximum.");

    /// <summary>AIC0211: a pricing term does not apply to the meter it is stated on (included units on a meter without a quantity...). Introduced in format 1.1.</summary>
    public static DiagnosticDescriptor TermNotApplicable { get; } = Error("AIC0211", "Term does not apply", Integrity, "{what} does not apply here: {reason}.");

    /// <summary>AIC0212: of two terms that exclude each other, both or neither are stated. Introduced in format 1.1.</summary>
    public static DiagnosticDescriptor ExactlyOneOf { get; } = Error("AIC0212", "State exactly one", Integrity, "{what} states {found}; state exactly one of {options}.");

    /// <summary>AIC0213: a date range ends before it starts. Introduced in format 1.1.</summary>
    public static DiagnosticDescriptor RangeEndsBeforeStart { get; } = Error("AIC0213", "Date range ends before it starts", Integrity, "{what} ends on {value}, before it starts on {first}.");

    /// <summary>AIC0214: a rate card's counter has no price for every request, or a price list prices a counter and tier twice. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor RateCardPriceMissing { get; } = Error("AIC0214", "Rate card price missing or repeated", Integrity, "{what} {problem}; each counter has one price without a tier in the rate card's prices, and at most one price per counter and tier in each price list.");

    /// <summary>AIC0215: counters stated as counted inside each other form a loop. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor ContainmentLoop { get; } = Error("AIC0215", "Counters contained in each other", Integrity, "Counter '{value}' of rate card '{card}' is stated as counted inside itself through {path}; a counter can be counted inside another only if that one is not counted inside it.");

    /// <summary>AIC0216: request tiers are not in ascending order of size, or the first states a bound. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor RequestTiersNotAscending { get; } = Error("AIC0216", "Request tiers not ascending", Integrity, "Request tier '{value}' of rate card '{card}' starts {bound}, not above where the previous tier starts ({previous}); request tiers ascend by size, the first from zero.");

    /// <summary>AIC0217: a rate card's price versions are not in ascending order of the day they come into force. Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor PriceVersionsNotAscending { get; } = Error("AIC0217", "Price versions not ascending", Integrity, "Price version {index} of rate card '{card}' comes into force on {value}, not after the previous version ({previous}); list one version per day, in ascending order.");

    /// <summary>AIC0218: a reserved quantity is not an allowed size of its reservation (the minimum plus a whole number of steps). Introduced in format 1.2.</summary>
    public static DiagnosticDescriptor ReservationSizeNotAllowed { get; } = Error("AIC0218", "Reserved size not allowed", Integrity, "{what} reserves {value} units, which reservation '{reservation}' does not allow: {allowed}. It is never priced.");

    /// <summary>Every descriptor, ordered by code.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => Index.All;

    /// <summary>Gets the descriptor of a code.</summary>
    /// <param name="code">The code, for example <c>AIC0013</c>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No such code; <see cref="TryGet"/> does not throw.</exception>
    public static DiagnosticDescriptor Get(string code) =>
        TryGet(code ?? throw new ArgumentNullException(nameof(code)), out var descriptor) ? descriptor : throw new ArgumentException($"'{code}' is not a diagnostic code of this library.", nameof(code));

    /// <summary>Gets the descriptor of a code, if there is one.</summary>
    /// <param name="code">The code, for example <c>AIC0013</c>; null finds nothing.</param>
    /// <param name="descriptor">The descriptor; null when there is no such code.</param>
    /// <returns>Whether the code is one of this library's.</returns>
    public static bool TryGet(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DiagnosticDescriptor? descriptor)
    {
        descriptor = null;
        return code is not null && Index.ByCode.TryGetValue(code, out descriptor);
    }

    /// <summary>The schema, syntax and reference codes; each area's partial file lists its own.</summary>
    private static DiagnosticDescriptor[] SyntaxAndReferenceDescriptors() =>
    [
        MalformedJson, TooDeep, TooLarge, TooManyFindings, WrongType, MissingMember, UnknownMember, UnknownName, WrongForm, OutOfRange,
        UnsupportedVersion, InvalidValue, DuplicateMember, DuplicateId, UnknownReference, PeriodNotApplicable, NotComputable,
        CreditMinimumAboveMaximum, CreditAmountCurrency, AvailabilityTermWithoutEffect, MemberNewerThanFormat,
        MinimumAboveMaximum, TermNotApplicable, ExactlyOneOf, RangeEndsBeforeStart,
        RateCardPriceMissing, ContainmentLoop, RequestTiersNotAscending, PriceVersionsNotAscending, ReservationSizeNotAllowed,
    ];

    private static DiagnosticDescriptor Warning(string code, string title, string area, string format) =>
        Error(code, title, area, format) with { DefaultSeverity = DiagnosticSeverity.Warning };

    private static DiagnosticDescriptor Error(string code, string title, string area, string format) => new()
    {
        Code = code,
        Title = title,
        DefaultSeverity = DiagnosticSeverity.Error,
        Area = area,
        MessageFormat = format,
    };

    /// <summary>
    /// Built on first use, after every descriptor of every partial file exists (static initializers of partial files
    /// run in an unspecified order, so the index must not be one of them).
    /// </summary>
    private static class Index
    {
        internal static readonly IReadOnlyList<DiagnosticDescriptor> All =
            [.. SyntaxAndReferenceDescriptors().Concat(RuleDescriptors()).Concat(ComputationDescriptors()).OrderBy(d => d.Code, StringComparer.Ordinal)];

        internal static readonly FrozenDictionary<string, DiagnosticDescriptor> ByCode = All.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);
    }
}
