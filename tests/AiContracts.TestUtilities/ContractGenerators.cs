using AiContracts.Domain;
using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Exit;
using AiContracts.Domain.Extensions;
using AiContracts.Domain.Governance;
using AiContracts.Domain.Integration;
using AiContracts.Domain.Pricing;
using AiContracts.Domain.Primitives;
using AiContracts.Domain.ServiceLevels;
using AiContracts.Domain.Systems;
using Ardalis.SmartEnum;
using CsCheck;
using NodaTime;

namespace AiContracts.TestUtilities;

/// <summary>
/// CsCheck generators for the whole contract model: one <see cref="Gen{T}"/> per record type and value object, a
/// generic one for smart enums, and <see cref="Contract"/> for the aggregate root.
/// </summary>
/// <remarks>
/// Every optional member is null about a third of the time, every <see cref="ValueArray{T}"/> has 0 to 3 elements,
/// every smart enum value is reachable, and the scalars lean towards edge cases: decimals of every scale and sign
/// (where the model allows them), percentages at both bounds, periods in every unit and mixed, dates over the whole
/// ISO 8601 range, tzdb zones including aliases, strings with quotes, backslashes, control characters and non-BMP
/// characters, and extension trees with number literals that no binary number can hold.
/// <para>
/// <see cref="Text"/> only generates well-formed UTF-16: JSON cannot carry a lone surrogate, so the serializer refuses
/// such text with a <c>ContractJsonException</c> (tested on its own) rather than replace it.
/// </para>
/// <para>Members are declared leaves first: each generator is built from generators declared above it.</para>
/// </remarks>
public static class ContractGenerators
{
    private const string AsciiLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string AsciiLettersAndDigits = AsciiLetters + "0123456789";

    // Fragments a JSON writer must escape or that break naive text handling.
    private static readonly string[] TrickyFragments =
    [
        "\"", "\\", "\\\"", "\"\\\"", "/", "</script>", "<&>'", "\b", "\f", "\n", "\r", "\r\n", "\t", "\0", "\u0001", "\u001f",
        "\u007f", "\u0080", "\u00a0", "\u00ad", "\u200b", "\u200d", "\u2028", "\u2029", "\ufeff", "\ufffd", "\uffff",
        "é", "e\u0301", "Zürich", "Ærøskøbing", "İstanbul", "straße", "中文", "日本語", "한국어", "עברית", "العربية",
        "😀", "𝄞", "👨‍👩‍👧", "🇪🇺", " ", "  ", "null", "true", "0", "-1", "1e400", "{}", "[]", "${x}", "%s", "{0}",
    ];

    private static readonly string[] SpecialNumberLiterals =
    [
        "0", "-0", "0.0", "-0.0", "-0.000e-0", "1e400", "-1e400", "1E-400", "1e+400", "1.10", "6.02e23", "1.0E+2",
        "9007199254740993", "-9223372036854775809", "18446744073709551616", "79228162514264337593543950336",
        "123456789012345678901234567890123456789012345678901234567890",
        "0.1000000000000000055511151231257827021181583404541015625",
        "3.14159265358979323846264338327950288419716939937510582097494459",
    ];

    private static readonly IsoDayOfWeek[] Days =
    [
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday,
        IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday,
    ];

    private static readonly long[] PowersOfTen = [.. Enumerable.Range(0, 19).Select(n => (long)Math.Pow(10, n))];

    private static readonly Gen<string> Digits09 = Gen.Char['0', '9'].Array[1, 30].Select(a => new string(a));

    // ---------------------------------------------------------------- generic helpers

    /// <summary>Every value of a smart enum, uniformly.</summary>
    /// <typeparam name="T">The smart enum type.</typeparam>
    /// <returns>The generator.</returns>
    public static Gen<T> SmartEnumOf<T>()
        where T : SmartEnum<T> => SmartEnumCache<T>.Gen;

    /// <summary>A value array of 0 to 3 elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="element">The element generator.</param>
    /// <returns>The generator.</returns>
    public static Gen<ValueArray<T>> ValueArrayOf<T>(Gen<T> element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return element.Array[0, 3].Select(items => ValueArray.From(items));
    }

    /// <summary>The generated value two times in three, null otherwise.</summary>
    /// <typeparam name="T">A reference type.</typeparam>
    /// <param name="gen">The generator of values.</param>
    /// <returns>The generator.</returns>
    public static Gen<T?> OrNull<T>(Gen<T> gen)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(gen);
        return Weighted((2, gen.Select(x => (T?)x)), (1, Gen.Const((T?)null)));
    }

    /// <summary>The generated value two times in three, null otherwise.</summary>
    /// <typeparam name="T">A value type.</typeparam>
    /// <param name="gen">The generator of values.</param>
    /// <returns>The generator.</returns>
    public static Gen<T?> OrNullValue<T>(Gen<T> gen)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(gen);
        return Weighted((2, gen.Select(x => (T?)x)), (1, Gen.Const((T?)null)));
    }

    private static Gen<T> Weighted<T>(params (int Weight, Gen<T> Gen)[] options) =>
        Gen.Frequency([.. options.Select(o => (o.Weight, (IGen<T>)o.Gen))]);

    /// <summary>A decimal from a mantissa below 2^64, a scale and a sign.</summary>
    private static decimal MakeDecimal(ulong mantissa, int scale, bool negative) =>
        new(unchecked((int)(uint)mantissa), unchecked((int)(uint)(mantissa >> 32)), 0, negative, (byte)scale);

    /// <summary>A mantissa with 1 to <paramref name="maxDigits"/> digits, spread over the magnitudes.</summary>
    private static Gen<ulong> Mantissa(int maxDigits) =>
        Gen.Int[1, maxDigits].SelectMany(digits => Gen.Long[0, PowersOfTen[digits] - 1]).Select(m => (ulong)m);

    // ---------------------------------------------------------------- strings and numbers

    /// <summary>Text of 0 to 4 pieces: words, tricky fragments, control characters, any BMP characters and non-BMP characters (always well-formed UTF-16).</summary>
    public static Gen<string> Text { get; } = Weighted(
            (5, Gen.Char[AsciiLetters + " -.,"].Array[1, 12].Select(a => new string(a))),
            (3, Gen.OneOf(TrickyFragments)),
            (1, Gen.Char['\u0000', '\u001f'].Select(c => new string(c, 1))),
            (1, Weighted((3, Gen.Char['\u0000', '\ud7ff']), (1, Gen.Char['\ue000', '\uffff'])).Array[1, 6].Select(a => new string(a))),
            (1, Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32)),
            (1, Gen.Char[AsciiLetters].Array[100, 300].Select(a => new string(a))))
        .Array[0, 4]
        .Select(string.Concat);

    /// <summary>Whole numbers: mostly small and non-negative, sometimes anything including int.MinValue and int.MaxValue.</summary>
    public static Gen<int> Integer { get; } = Weighted((3, Gen.Int[0, 1000]), (1, Gen.Int));

    /// <summary>Exact decimals of every scale (0 to 28) and sign, including the extremes of <see cref="decimal"/> and negative zero.</summary>
    public static Gen<decimal> Decimal { get; } = Weighted(
        (6, Gen.Select(Mantissa(18), Gen.Int[0, 10], Gen.Int[0, 3], (m, scale, sign) => MakeDecimal(m, scale, sign == 0))),
        (2, Gen.Select(Gen.Int, Gen.Int, Gen.Int, Gen.Int[0, 28], Gen.Bool, (lo, mid, hi, scale, negative) => new decimal(lo, mid, hi, negative, (byte)scale))),
        (1, Gen.OneOf(decimal.MaxValue, decimal.MinValue, 0m, new decimal(0, 0, 0, true, 0), new decimal(0, 0, 0, true, 5), 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 1.000m, 100m)));

    /// <summary>A JSON number literal: integers, fractions and exponents of many digits, plus specials such as <c>-0</c> and <c>1e400</c>.</summary>
    public static Gen<string> NumberLiteral { get; } = Weighted(
        (4, Gen.Select(
            Gen.Bool,
            Weighted((1, Gen.Const("0")), (4, Gen.Select(Gen.Char['1', '9'], Weighted((1, Gen.Const(string.Empty)), (3, Digits09)), (first, rest) => first + rest))),
            Weighted((2, Gen.Const(string.Empty)), (1, Digits09.Select(d => "." + d))),
            Weighted((3, Gen.Const(string.Empty)), (1, Gen.Select(Gen.OneOf("e", "E"), Gen.OneOf(string.Empty, "+", "-"), Gen.Char['0', '9'].Array[1, 4], (e, sign, digits) => e + sign + new string(digits)))),
            (negative, integer, fraction, exponent) => (negative ? "-" : string.Empty) + integer + fraction + exponent)),
        (1, Gen.OneOf(SpecialNumberLiterals)));

    // ---------------------------------------------------------------- value objects

    /// <summary>Every currency this library knows.</summary>
    public static Gen<Currency> Currency { get; } = Gen.OneOf([.. Domain.Primitives.Currency.All]);

    /// <summary>Money with amounts of up to 18 digits and 0 to 6 decimals, a quarter of them negative (zero and negative zero included).</summary>
    public static Gen<Money> Money { get; } = Gen.Select(
        Weighted((8, Mantissa(18)), (1, Gen.Const(0UL))),
        Gen.Int[0, 6],
        Gen.Int[0, 3],
        Currency,
        (m, scale, sign, currency) => new Money(MakeDecimal(m, scale, sign == 0), currency));

    /// <summary>Percentages between 0 and 100 inclusive with 0 to 10 decimals, the bounds included with several scales.</summary>
    public static Gen<Percentage> Percentage { get; } = Weighted(
        (6, Gen.Select(Gen.Int[0, 99], Gen.Int[0, 10], (whole, scale) => (whole, scale))
            .SelectMany(p => Gen.Long[0, PowersOfTen[p.scale] - 1].Select(f => p.whole + MakeDecimal((ulong)f, p.scale, negative: false)))
            .Select(Domain.Primitives.Percentage.FromPercent)),
        (1, Gen.OneOf(0m, 100m, 100.000m, 0.00m, new decimal(0, 0, 0, true, 2), 99.99999999m, 0.0001m, 50m).Select(Domain.Primitives.Percentage.FromPercent)));

    /// <summary>Contract identifiers matching <see cref="ContractId.Pattern"/>, from 1 character up to the maximum length.</summary>
    public static Gen<ContractId> ContractId { get; } = Gen.Select(
        Gen.Char[AsciiLettersAndDigits],
        Weighted((8, Gen.Int[0, 20]), (1, Gen.Int[21, Domain.Primitives.ContractId.MaxLength - 1]), (1, Gen.Const(Domain.Primitives.ContractId.MaxLength - 1)))
            .SelectMany(n => Gen.Char[AsciiLettersAndDigits + "._:/-"].Array[n]),
        (first, rest) => Domain.Primitives.ContractId.From(first + new string(rest)));

    /// <summary>Local identifiers matching <see cref="LocalId.Pattern"/>, from 1 character up to the maximum length.</summary>
    public static Gen<LocalId> LocalId { get; } = Gen.Select(
        Gen.Char[AsciiLettersAndDigits],
        Weighted((8, Gen.Int[0, 16]), (1, Gen.Int[17, Domain.Primitives.LocalId.MaxLength - 1]), (1, Gen.Const(Domain.Primitives.LocalId.MaxLength - 1)))
            .SelectMany(n => Gen.Char[AsciiLettersAndDigits + "._-"].Array[n]),
        (first, rest) => Domain.Primitives.LocalId.From(first + new string(rest)));

    /// <summary>Any schema version, supported or not.</summary>
    public static Gen<SchemaVersion> SchemaVersion { get; } = Gen.Select(
        Weighted((3, Gen.Int[1, 3]), (1, Gen.Int[1, Domain.Primitives.SchemaVersion.MaxComponent])),
        Weighted((3, Gen.Int[0, 20]), (1, Gen.Int[0, Domain.Primitives.SchemaVersion.MaxComponent])),
        Domain.Primitives.SchemaVersion.Of);

    /// <summary>Schema versions this library reads: major version 1, any minor version.</summary>
    public static Gen<SchemaVersion> SupportedSchemaVersion { get; } = Weighted(
        (3, Gen.Const(Domain.Primitives.SchemaVersion.Current)),
        (1, Weighted((3, Gen.Int[0, 20]), (1, Gen.Int[0, Domain.Primitives.SchemaVersion.MaxComponent])).Select(minor => Domain.Primitives.SchemaVersion.Of(Domain.Primitives.SchemaVersion.Current.Major, minor))));

    // ---------------------------------------------------------------- NodaTime

    /// <summary>Dates in years 0001 to 9999 (what an ISO 8601 date can write), most of them in 1900 to 2200, with leap days and both extremes.</summary>
    public static Gen<LocalDate> LocalDate { get; } = Weighted(
        (5, Gen.Select(Gen.Int[1900, 2200], Gen.Int[1, 12], Gen.Int[1, 31], MakeDate)),
        (2, Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 31], MakeDate)),
        (1, Gen.OneOf(new NodaTime.LocalDate(1, 1, 1), new NodaTime.LocalDate(9999, 12, 31), new NodaTime.LocalDate(2024, 2, 29), new NodaTime.LocalDate(1, 12, 31))));

    /// <summary>Times of day: whole minutes, whole seconds, any nanosecond, midnight and the last nanosecond of the day.</summary>
    public static Gen<LocalTime> LocalTime { get; } = Weighted(
        (4, Gen.Int[0, (24 * 60) - 1].Select(m => NodaTime.LocalTime.FromMinutesSinceMidnight(m))),
        (2, Gen.Int[0, (24 * 60 * 60) - 1].Select(s => NodaTime.LocalTime.FromSecondsSinceMidnight(s))),
        (1, Gen.Long[0, NodaConstants.NanosecondsPerDay - 1].Select(NodaTime.LocalTime.FromNanosecondsSinceMidnight)),
        (1, Gen.OneOf(NodaTime.LocalTime.Midnight, NodaTime.LocalTime.Noon, NodaTime.LocalTime.MaxValue)));

    /// <summary>Instants: whole seconds in 2000 to 2100, any tick in years 1 to 9999, some with nanoseconds, and the extremes.</summary>
    public static Gen<Instant> Instant { get; } = Weighted(
        (4, Gen.Long[946_684_800L, 4_102_444_800L].Select(NodaTime.Instant.FromUnixTimeSeconds)),
        (2, Gen.Long[-62_135_596_800L * NodaConstants.TicksPerSecond, 253_402_300_799L * NodaConstants.TicksPerSecond].Select(NodaTime.Instant.FromUnixTimeTicks)),
        (1, Gen.Select(Gen.Long[-62_135_596_800L, 253_402_300_799L], Gen.Long[0, NodaConstants.NanosecondsPerSecond - 1], (s, ns) => NodaTime.Instant.FromUnixTimeSeconds(s).PlusNanoseconds(ns))),
        (1, Gen.OneOf(
            NodaTime.Instant.FromUtc(1, 1, 1, 0, 0),
            NodaTime.Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_999),
            NodaTime.Instant.FromUnixTimeSeconds(0))));

    /// <summary>
    /// ISO 8601 periods: one unit (years, months, weeks, days, hours, minutes or seconds), combinations of those, zero,
    /// and the extremes of each component. Negative and sub-second components are not ISO 8601 and are refused on
    /// write (tested on their own).
    /// </summary>
    public static Gen<Period> Period { get; } = Weighted(
        (6, Gen.Select(Gen.Int[0, 6], Gen.Int[1, 400], (unit, n) => MakePeriod(1 << unit, [n, n, n, n, n, n, n, 0, 0, 0]))),
        (3, Gen.Select(Gen.Int[1, 127], Gen.Int[0, 99].Array[10], (mask, values) => MakePeriod(mask, [.. values.Select(v => (long)v)]))),
        (1, Gen.Select(Gen.Int[1, 127], Gen.Long[0, 100_000].Array[10], MakePeriod)),
        (1, Gen.OneOf(
            NodaTime.Period.Zero,
            NodaTime.Period.FromYears(int.MaxValue),
            NodaTime.Period.FromMonths(int.MaxValue),
            NodaTime.Period.FromDays(int.MaxValue),
            NodaTime.Period.FromHours(long.MaxValue),
            NodaTime.Period.FromSeconds(long.MaxValue),
            NodaTime.Period.FromWeeks(2) + NodaTime.Period.FromDays(3))));

    /// <summary>
    /// Durations: whole minutes, whole hours, seconds, milliseconds, nanoseconds, zero, negative values and the
    /// extremes NodaTime can hold.
    /// </summary>
    public static Gen<Duration> Duration { get; } = Weighted(
        (5, Gen.Int[1, 60 * 24 * 14].Select(m => NodaTime.Duration.FromMinutes(m))),
        (3, Gen.Int[1, 24 * 366].Select(h => NodaTime.Duration.FromHours(h))),
        (2, Gen.Long[1, 86_400L * 30].Select(NodaTime.Duration.FromSeconds)),
        (1, Gen.Long[1, 86_400_000L * 2].Select(NodaTime.Duration.FromMilliseconds)),
        (1, Gen.Long[1, 1_000_000_000_000L].Select(NodaTime.Duration.FromNanoseconds)),
        (1, Gen.Long[-86_400_000_000_000L, -1].Select(NodaTime.Duration.FromNanoseconds)),
        (1, Gen.OneOf(
            NodaTime.Duration.Zero, NodaTime.Duration.FromDays(1), NodaTime.Duration.FromDays(7), NodaTime.Duration.FromHours(2_562_048),
            NodaTime.Duration.FromDays(10_675_200), NodaTime.Duration.MaxValue, NodaTime.Duration.MinValue, NodaTime.Duration.Epsilon)));

    /// <summary>Every zone of the tzdb provider, canonical identifiers and aliases alike.</summary>
    public static Gen<DateTimeZone> TimeZone { get; } = Gen.OneOf([.. DateTimeZoneProviders.Tzdb.Ids]).Select(id => DateTimeZoneProviders.Tzdb[id]);

    /// <summary>Monday to Sunday.</summary>
    public static Gen<IsoDayOfWeek> DayOfWeek { get; } = Gen.OneOf(Days);

    // ---------------------------------------------------------------- extensions

    private static readonly Gen<ExtensionValue> ExtensionScalar = Weighted(
        (1, Gen.Const(Domain.Extensions.ExtensionValue.Null)),
        (1, Gen.Bool.Select(Domain.Extensions.ExtensionValue.FromBoolean)),
        (3, NumberLiteral.Select(Domain.Extensions.ExtensionValue.FromNumberLiteral)),
        (3, Text.Select(Domain.Extensions.ExtensionValue.FromString)));

    // ExtensionValues[n] may nest n more containers below itself; ExtensionObjects[n] holds members of ExtensionValues[n].
    private static readonly Gen<ExtensionValue>[] ExtensionValues = new Gen<ExtensionValue>[4];
    private static readonly Gen<ExtensionObject>[] ExtensionObjects = BuildExtensionGenerators();

    /// <summary>Extension values nested at most 3 containers deep (the extensions object around them makes 4).</summary>
    public static Gen<ExtensionValue> ExtensionValue { get; } = ExtensionValues[3];

    /// <summary>Extension objects nested at most 4 deep, with 0 to 4 uniquely named members; empty a third of the time.</summary>
    public static Gen<ExtensionObject> ExtensionObject { get; } = Weighted(
        (1, Gen.Const(Domain.Extensions.ExtensionObject.Empty)),
        (2, ExtensionObjects[3]));

    // ---------------------------------------------------------------- parties and term

    /// <summary>Contacts.</summary>
    public static Gen<Contact> Contact { get; } = Gen.Select(
        Text, OrNull(Text), OrNull(Text), OrNull(Text),
        (name, role, email, phone) => new Contact { Name = name, Role = role, Email = email, Phone = phone });

    /// <summary>Parties.</summary>
    public static Gen<Party> Party { get; } = Gen.Select(
        Text, OrNull(Text), OrNull(Text), OrNull(Text), OrNull(Text), ValueArrayOf(Contact),
        (name, lei, costCentre, country, address, contacts) => new Party { Name = name, LegalEntityIdentifier = lei, CostCentre = costCentre, Country = country, Address = address, Contacts = contacts });

    /// <summary>Customer and provider.</summary>
    public static Gen<ContractParties> ContractParties { get; } = Gen.Select(
        Party, Party, SmartEnumOf<ProviderKind>(),
        (customer, provider, kind) => new ContractParties { Customer = customer, Provider = provider, ProviderKind = kind });

    /// <summary>Renewal terms.</summary>
    public static Gen<RenewalTerms> RenewalTerms { get; } = Gen.Select(
        SmartEnumOf<RenewalKind>(), OrNull(Period), OrNull(Period), OrNullValue(Integer),
        (kind, period, notice, max) => new RenewalTerms { Kind = kind, RenewalPeriod = period, NonRenewalNotice = notice, MaxRenewals = max });

    /// <summary>Contract terms.</summary>
    public static Gen<ContractTerm> ContractTerm { get; } = Gen.Select(
        OrNull(Period), OrNullValue(LocalDate), OrNull(RenewalTerms),
        (initial, end, renewal) => new ContractTerm { InitialTerm = initial, EndDate = end, Renewal = renewal });

    // ---------------------------------------------------------------- systems

    /// <summary>AI systems.</summary>
    public static Gen<AiSystem> AiSystem { get; } = Gen.Select(
        LocalId, Text, OrNull(Text), SmartEnumOf<AiSystemKind>(), OrNull(SmartEnumOf<HostingModel>()), OrNull(SmartEnumOf<ModelFormat>()),
        OrNull(Text), OrNullValue(Gen.Bool), OrNull(Text), OrNull(SmartEnumOf<RiskClass>()),
        (id, name, version, kind, hosting, format, baseModel, customised, intendedUse, risk) => new AiSystem
        {
            Id = id,
            Name = name,
            Version = version,
            Kind = kind,
            Hosting = hosting,
            ModelFormat = format,
            BaseModel = baseModel,
            CustomisedForCustomer = customised,
            IntendedUse = intendedUse,
            RiskClass = risk,
        });

    // ---------------------------------------------------------------- service levels

    /// <summary>Measurement windows.</summary>
    public static Gen<MeasurementWindow> MeasurementWindow { get; } = Gen.Select(
        SmartEnumOf<WindowKind>(), OrNull(Period),
        (kind, rolling) => new MeasurementWindow { Kind = kind, RollingPeriod = rolling });

    /// <summary>Availability definitions.</summary>
    public static Gen<AvailabilityDefinition> AvailabilityDefinition { get; } = Gen.Select(
        SmartEnumOf<AvailabilityMethod>(), OrNullValue(Duration), OrNullValue(Percentage), OrNull(SmartEnumOf<EmptyIntervalRule>()),
        (method, interval, rate, empty) => new AvailabilityDefinition { Method = method, IntervalLength = interval, DowntimeErrorRate = rate, EmptyIntervals = empty });

    /// <summary>KPI definitions.</summary>
    public static Gen<KpiDefinition> KpiDefinition { get; } = Gen.Select(
        LocalId, Text, SmartEnumOf<KpiCategory>(), SmartEnumOf<KpiMetric>(), OrNull(Text), OrNull(SmartEnumOf<KpiUnit>()),
        OrNull(SmartEnumOf<Direction>()), OrNullValue(Decimal), OrNullValue(Decimal), OrNull(SmartEnumOf<Aggregation>()),
        OrNull(MeasurementWindow), OrNull(Text), OrNull(Text), OrNull(Text), OrNull(AvailabilityDefinition), ValueArrayOf(LocalId),
        (id, name, category, metric, description, unit, direction, target, breach, aggregation, window, method, source, outcome, availability, systems) => new KpiDefinition
        {
            Id = id,
            Name = name,
            Category = category,
            Metric = metric,
            Description = description,
            Unit = unit,
            Direction = direction,
            Target = target,
            BreachThreshold = breach,
            Aggregation = aggregation,
            Window = window,
            Method = method,
            DataSource = source,
            BusinessOutcome = outcome,
            AvailabilityDefinition = availability,
            AiSystemIds = systems,
        });

    /// <summary>Service credit bands.</summary>
    public static Gen<ServiceCreditBand> ServiceCreditBand { get; } = Gen.Select(
        OrNullValue(Decimal), OrNullValue(Decimal), Percentage,
        (from, to, credit) => new ServiceCreditBand { From = from, To = to, Credit = credit });

    /// <summary>Maintenance windows.</summary>
    public static Gen<MaintenanceWindow> MaintenanceWindow { get; } = Gen.Select(
        DayOfWeek, LocalTime, Duration, OrNull(Period),
        (day, start, length, notice) => new MaintenanceWindow { Day = day, Start = start, Length = length, AdvanceNotice = notice });

    /// <summary>Exclusions.</summary>
    public static Gen<Exclusion> Exclusion { get; } = Gen.Select(
        SmartEnumOf<ExclusionKind>(), OrNull(Text), OrNull(MaintenanceWindow), OrNullValue(Duration),
        (kind, description, window, maximum) => new Exclusion { Kind = kind, Description = description, MaintenanceWindow = window, MaximumPerPeriod = maximum });

    /// <summary>Chronic breach terms.</summary>
    public static Gen<ChronicBreachTerms> ChronicBreachTerms { get; } = Gen.Select(
        Integer, Integer, OrNullValue(Gen.Bool), OrNull(Period),
        (breaches, within, grants, window) => new ChronicBreachTerms { Breaches = breaches, WithinPeriods = within, GrantsTerminationRight = grants, ExerciseWindow = window });

    /// <summary>Remedies.</summary>
    public static Gen<Remedy> Remedy { get; } = Gen.Select(
        SmartEnumOf<RemedyKind>(), OrNull(Period), OrNull(Text),
        (kind, deadline, description) => new Remedy { Kind = kind, Deadline = deadline, Description = description });

    /// <summary>Service level objectives.</summary>
    public static Gen<ServiceLevelObjective> ServiceLevelObjective { get; } = Gen.Select(
        LocalId, LocalId, OrNull(Text), ValueArrayOf(ServiceCreditBand), OrNull(SmartEnumOf<CreditBase>()), ValueArrayOf(LocalId),
        OrNullValue(Percentage), ValueArrayOf(Exclusion), OrNull(Period), OrNull(ChronicBreachTerms), ValueArrayOf(Remedy),
        (id, kpi, name, bands, creditBase, meters, cap, exclusions, claim, chronic, remedies) => new ServiceLevelObjective
        {
            Id = id,
            KpiId = kpi,
            Name = name,
            CreditBands = bands,
            CreditBase = creditBase,
            MeterIds = meters,
            CreditCap = cap,
            Exclusions = exclusions,
            ClaimWindow = claim,
            ChronicBreach = chronic,
            Remedies = remedies,
        });

    /// <summary>Drift monitors.</summary>
    public static Gen<DriftMonitor> DriftMonitor { get; } = Gen.Select(
        LocalId, OrNull(LocalId), SmartEnumOf<DriftMetric>(), OrNull(SmartEnumOf<DriftScope>()), OrNull(Text),
        OrNullValue(Decimal), OrNullValue(Decimal), OrNull(SmartEnumOf<KpiUnit>()), OrNull(SmartEnumOf<Cadence>()), ValueArrayOf(Remedy),
        (id, system, metric, scope, baseline, warning, action, thresholdUnit, cadence, remedies) => new DriftMonitor
        {
            Id = id,
            AiSystemId = system,
            Metric = metric,
            Scope = scope,
            Baseline = baseline,
            WarningThreshold = warning,
            ActionThreshold = action,
            ThresholdUnit = thresholdUnit,
            Cadence = cadence,
            Remedies = remedies,
        });

    /// <summary>Service level terms.</summary>
    public static Gen<ServiceLevelTerms> ServiceLevelTerms { get; } = Gen.Select(
        ValueArrayOf(KpiDefinition), ValueArrayOf(ServiceLevelObjective), ValueArrayOf(DriftMonitor),
        (kpis, objectives, monitors) => new ServiceLevelTerms { Kpis = kpis, Objectives = objectives, DriftMonitors = monitors });

    // ---------------------------------------------------------------- data processing

    /// <summary>Retention terms.</summary>
    public static Gen<RetentionTerms> RetentionTerms { get; } = Gen.Select(
        SmartEnumOf<RetentionKind>(), OrNull(Period), OrNull(Text),
        (kind, period, justification) => new RetentionTerms { Kind = kind, Period = period, Justification = justification });

    /// <summary>Deletion terms.</summary>
    public static Gen<DeletionTerms> DeletionTerms { get; } = Gen.Select(
        OrNull(Period), OrNull(SmartEnumOf<DeletionMethod>()), OrNullValue(Gen.Bool), OrNullValue(Gen.Bool),
        (deadline, method, certificate, backups) => new DeletionTerms { Deadline = deadline, Method = method, Certificate = certificate, IncludesBackups = backups });

    /// <summary>Access roles.</summary>
    public static Gen<AccessRole> AccessRole { get; } = Gen.Select(
        Text, SmartEnumOf<AccessHolder>(), OrNull(SmartEnumOf<AccessLevel>()), OrNull(Text),
        (role, holder, level, purpose) => new AccessRole { Role = role, Holder = holder, Level = level, Purpose = purpose });

    /// <summary>Data category terms.</summary>
    public static Gen<DataCategoryTerms> DataCategoryTerms { get; } = Gen.Select(
        SmartEnumOf<DataCategory>(), OrNull(Text), OrNullValue(Gen.Bool), ValueArrayOf(Text), ValueArrayOf(SmartEnumOf<DataSubjectCategory>()),
        OrNull(SmartEnumOf<ProtectionLevel>()), OrNull(Text), ValueArrayOf(SmartEnumOf<ProcessingPurpose>()), Gen.Bool,
        OrNull(RetentionTerms), OrNull(DeletionTerms), ValueArrayOf(AccessRole), ValueArrayOf(Text), ValueArrayOf(LocalId),
        (category, description, personal, types, subjects, protection, justification, purposes, train, retention, deletion, roles, residency, subProcessors) => new DataCategoryTerms
        {
            Category = category,
            Description = description,
            ContainsPersonalData = personal,
            PersonalDataTypes = types,
            DataSubjects = subjects,
            ProtectionLevel = protection,
            RawDataJustification = justification,
            PermittedPurposes = purposes,
            VendorMayTrain = train,
            Retention = retention,
            Deletion = deletion,
            AccessRoles = roles,
            Residency = residency,
            SubProcessorIds = subProcessors,
        });

    /// <summary>Sub-processors.</summary>
    public static Gen<SubProcessor> SubProcessor { get; } = Gen.Select(
        LocalId, Text, OrNull(Text), ValueArrayOf(Text), ValueArrayOf(SmartEnumOf<DataCategory>()),
        (id, name, service, locations, categories) => new SubProcessor { Id = id, Name = name, Service = service, Locations = locations, DataCategories = categories });

    /// <summary>Processor obligations (GDPR Art. 28).</summary>
    public static Gen<ProcessorObligations> ProcessorObligations { get; } = Gen.Select(
        OrNullValue(Gen.Bool), OrNull(Period), OrNullValue(Gen.Bool), OrNullValue(Gen.Bool), OrNullValue(Gen.Bool),
        (instructions, notice, bound, subjects, assessments) => new ProcessorObligations
        {
            ActsOnDocumentedInstructions = instructions,
            SubProcessorChangeNotice = notice,
            SubProcessorsBoundBySameObligations = bound,
            AssistsWithDataSubjectRights = subjects,
            AssistsWithSecurityAndAssessments = assessments,
        });

    /// <summary>Data processing terms.</summary>
    public static Gen<DataProcessingTerms> DataProcessingTerms { get; } = Gen.Select(
        Gen.Select(ValueArrayOf(DataCategoryTerms), ValueArrayOf(SubProcessor), OrNull(Period), ValueArrayOf(SmartEnumOf<LegalFramework>())),
        Gen.Select(ValueArrayOf(SmartEnumOf<SecurityMeasure>()), ValueArrayOf(Text)),
        Gen.Select(OrNull(Text), OrNull(Text), OrNull(ProcessorObligations)),
        (a, b, c) => new DataProcessingTerms
        {
            Categories = a.Item1,
            SubProcessors = a.Item2,
            BreachNotificationDeadline = a.Item3,
            LegalFrameworks = a.Item4,
            SecurityMeasures = b.Item1,
            Residency = b.Item2,
            SubjectMatter = c.Item1,
            NatureOfProcessing = c.Item2,
            ProcessorObligations = c.Item3,
        });

    // ---------------------------------------------------------------- integration

    /// <summary>Interface specifications.</summary>
    public static Gen<InterfaceSpecification> InterfaceSpecification { get; } = Gen.Select(
        LocalId, Text, SmartEnumOf<InterfaceKind>(), OrNull(Text), OrNull(Text), OrNull(Text),
        (id, name, kind, reference, version, description) => new InterfaceSpecification
        {
            Id = id,
            Name = name,
            Kind = kind,
            SpecificationReference = reference,
            Version = version,
            Description = description,
        });

    /// <summary>Compatibility terms.</summary>
    public static Gen<CompatibilityTerms> CompatibilityTerms { get; } = Gen.Select(
        OrNull(SmartEnumOf<VersioningScheme>()), OrNull(Period), OrNull(Period), OrNull(Period), OrNull(Text),
        (versioning, breaking, deprecation, support, backward) => new CompatibilityTerms
        {
            Versioning = versioning,
            BreakingChangeNotice = breaking,
            DeprecationNotice = deprecation,
            SupportAfterDeprecation = support,
            BackwardCompatibility = backward,
        });

    /// <summary>Acceptance test cases.</summary>
    public static Gen<AcceptanceTestCase> AcceptanceTestCase { get; } = Gen.Select(
        LocalId, Text, OrNull(SmartEnumOf<AcceptanceTestKind>()), OrNull(LocalId), OrNull(Text), OrNull(Text),
        (id, title, kind, interfaceId, procedure, expected) => new AcceptanceTestCase
        {
            Id = id,
            Title = title,
            Kind = kind,
            InterfaceId = interfaceId,
            Procedure = procedure,
            ExpectedResult = expected,
        });

    /// <summary>Sandbox proofs.</summary>
    public static Gen<SandboxProof> SandboxProof { get; } = Gen.Select(
        OrNullValue(Gen.Bool), OrNull(SmartEnumOf<ProofMilestone>()), OrNull(Text), ValueArrayOf(Text), ValueArrayOf(LocalId),
        SmartEnumOf<SandboxProofStatus>(), OrNullValue(Instant), OrNull(Text),
        (required, before, environment, criteria, tests, status, completed, evidence) => new SandboxProof
        {
            Required = required,
            RequiredBefore = before,
            Environment = environment,
            Criteria = criteria,
            AcceptanceTestIds = tests,
            Status = status,
            CompletedAt = completed,
            EvidenceReference = evidence,
        });

    /// <summary>Integration terms.</summary>
    public static Gen<IntegrationTerms> IntegrationTerms { get; } = Gen.Select(
        ValueArrayOf(InterfaceSpecification), OrNull(CompatibilityTerms), ValueArrayOf(AcceptanceTestCase), OrNull(SandboxProof),
        (interfaces, compatibility, tests, sandbox) => new IntegrationTerms { Interfaces = interfaces, Compatibility = compatibility, AcceptanceTests = tests, SandboxProof = sandbox });

    // ---------------------------------------------------------------- pricing

    /// <summary>Price tiers.</summary>
    public static Gen<PriceTier> PriceTier { get; } = Gen.Select(
        OrNullValue(Decimal), OrNull(Money), OrNull(Money),
        (upTo, unitPrice, flatFee) => new PriceTier { UpTo = upTo, UnitPrice = unitPrice, FlatFee = flatFee });

    /// <summary>Package pricing.</summary>
    public static Gen<PackagePricing> PackagePricing { get; } = Gen.Select(
        Decimal, Money, OrNull(SmartEnumOf<PackageRounding>()),
        (size, price, rounding) => new PackagePricing { Size = size, Price = price, Rounding = rounding });

    /// <summary>Usage caps.</summary>
    public static Gen<UsageCap> UsageCap { get; } = Gen.Select(
        OrNullValue(Decimal), OrNull(Money), OrNull(SmartEnumOf<CapBehaviour>()), OrNull(Money),
        (quantity, spend, behaviour, overage) => new UsageCap { Quantity = quantity, Spend = spend, Behaviour = behaviour, OverageUnitPrice = overage });

    /// <summary>Meters.</summary>
    public static Gen<Meter> Meter { get; } = Gen.Select(
        LocalId, Text, SmartEnumOf<MeterUnit>(), SmartEnumOf<PricingModel>(), OrNull(Money), OrNull(Money), ValueArrayOf(PriceTier),
        OrNull(PackagePricing), OrNull(UsageCap), OrNull(LocalId),
        (id, name, unit, model, flatFee, unitPrice, tiers, package, cap, system) => new Meter
        {
            Id = id,
            Name = name,
            Unit = unit,
            Model = model,
            FlatFee = flatFee,
            UnitPrice = unitPrice,
            Tiers = tiers,
            Package = package,
            Cap = cap,
            AiSystemId = system,
        });

    /// <summary>Minimum commitments.</summary>
    public static Gen<MinimumCommitment> MinimumCommitment { get; } = Gen.Select(
        Money, OrNull(SmartEnumOf<BillingPeriod>()), OrNullValue(Gen.Bool),
        (amount, per, trueUp) => new MinimumCommitment { Amount = amount, Per = per, TrueUp = trueUp });

    /// <summary>Upfront fees.</summary>
    public static Gen<UpfrontFee> UpfrontFee { get; } = Gen.Select(
        Text, Money, OrNullValue(Gen.Bool), OrNull(SmartEnumOf<GuaranteeKind>()), OrNull(Text), OrNullValue(Gen.Bool),
        (description, amount, refundable, guarantee, terms, credited) => new UpfrontFee
        {
            Description = description,
            Amount = amount,
            Refundable = refundable,
            Guarantee = guarantee,
            GuaranteeTerms = terms,
            CreditedAgainstUsage = credited,
        });

    /// <summary>Price change limits.</summary>
    public static Gen<PriceChangeLimit> PriceChangeLimit { get; } = Gen.Select(
        OrNullValue(Percentage), OrNull(Period), OrNull(Period), OrNullValue(LocalDate),
        (max, per, notice, fixedUntil) => new PriceChangeLimit { MaxIncrease = max, Per = per, Notice = notice, FixedUntil = fixedUntil });

    /// <summary>Refund mechanisms.</summary>
    public static Gen<RefundMechanism> RefundMechanism { get; } = Gen.Select(
        SmartEnumOf<RefundKind>(), OrNull(Text), OrNullValue(Percentage),
        (kind, description, cap) => new RefundMechanism { Kind = kind, Description = description, Cap = cap });

    /// <summary>Payment terms.</summary>
    public static Gen<PaymentTerms> PaymentTerms { get; } = Gen.Select(
        OrNull(Period), OrNullValue(Percentage),
        (due, interest) => new PaymentTerms { DueWithin = due, LatePaymentInterest = interest });

    /// <summary>Pricing terms.</summary>
    public static Gen<PricingTerms> PricingTerms { get; } = Gen.Select(
        Currency, OrNull(SmartEnumOf<PricingBasis>()), OrNull(SmartEnumOf<BillingPeriod>()), ValueArrayOf(Meter), OrNull(UsageCap),
        OrNull(MinimumCommitment), ValueArrayOf(UpfrontFee), OrNull(PriceChangeLimit), ValueArrayOf(RefundMechanism), OrNull(PaymentTerms),
        OrNull(SmartEnumOf<RoundingMode>()),
        (currency, basis, billing, meters, totalCap, commitment, fees, priceChange, refunds, payment, rounding) => new PricingTerms
        {
            Currency = currency,
            Basis = basis,
            BillingPeriod = billing,
            Meters = meters,
            TotalCap = totalCap,
            MinimumCommitment = commitment,
            UpfrontFees = fees,
            PriceChangeLimit = priceChange,
            RefundMechanisms = refunds,
            PaymentTerms = payment,
            Rounding = rounding,
        });

    // ---------------------------------------------------------------- exit

    /// <summary>Termination rights.</summary>
    public static Gen<TerminationRight> TerminationRight { get; } = Gen.Select(
        SmartEnumOf<TerminationTrigger>(), SmartEnumOf<PartyRole>(), OrNull(Period), OrNull(Period), OrNull(Period), OrNull(Money), OrNull(Text),
        (trigger, heldBy, notice, cure, exercisableAfter, fee, description) => new TerminationRight
        {
            Trigger = trigger,
            HeldBy = heldBy,
            Notice = notice,
            CurePeriod = cure,
            ExercisableAfter = exercisableAfter,
            TerminationFee = fee,
            Description = description,
        });

    /// <summary>Transition assistance.</summary>
    public static Gen<TransitionAssistance> TransitionAssistance { get; } = Gen.Select(
        OrNull(Period), OrNullValue(Integer), OrNull(SmartEnumOf<CostBasis>()), OrNull(Money), OrNull(Text),
        (duration, hours, cost, fee, description) => new TransitionAssistance { Duration = duration, IncludedHours = hours, Cost = cost, Fee = fee, Description = description });

    /// <summary>Data portability.</summary>
    public static Gen<DataPortability> DataPortability { get; } = Gen.Select(
        ValueArrayOf(SmartEnumOf<PortableAsset>()), ValueArrayOf(SmartEnumOf<DataFormat>()), OrNull(Period), OrNull(SmartEnumOf<CostBasis>()), OrNull(Money),
        (scope, formats, deadline, cost, fee) => new DataPortability { Scope = scope, Formats = formats, Deadline = deadline, Cost = cost, Fee = fee });

    /// <summary>Model artifact terms.</summary>
    public static Gen<ModelArtifactTerms> ModelArtifactTerms { get; } = Gen.Select(
        OrNull(SmartEnumOf<ArtifactOwnership>()), ValueArrayOf(SmartEnumOf<ArtifactKind>()), ValueArrayOf(SmartEnumOf<ModelFormat>()), OrNull(Period), ValueArrayOf(LocalId),
        (ownership, artifacts, formats, deadline, systems) => new ModelArtifactTerms
        {
            Ownership = ownership,
            Artifacts = artifacts,
            Formats = formats,
            HandoverDeadline = deadline,
            AiSystemIds = systems,
        });

    /// <summary>Knowledge transfer.</summary>
    public static Gen<KnowledgeTransfer> KnowledgeTransfer { get; } = Gen.Select(
        OrNull(Text), OrNullValue(Integer), ValueArrayOf(Text), OrNull(Period), OrNull(SmartEnumOf<CostBasis>()),
        (recipients, hours, deliverables, deadline, cost) => new KnowledgeTransfer { Recipients = recipients, Hours = hours, Deliverables = deliverables, Deadline = deadline, Cost = cost });

    /// <summary>Exit terms.</summary>
    public static Gen<ExitTerms> ExitTerms { get; } = Gen.Select(
        ValueArrayOf(TerminationRight), OrNull(TransitionAssistance), OrNull(DataPortability), OrNull(ModelArtifactTerms), OrNull(KnowledgeTransfer), OrNull(DeletionTerms),
        (rights, transition, portability, artifacts, knowledge, deletion) => new ExitTerms
        {
            TerminationRights = rights,
            TransitionAssistance = transition,
            DataPortability = portability,
            ModelArtifacts = artifacts,
            KnowledgeTransfer = knowledge,
            PostExitDeletion = deletion,
        });

    // ---------------------------------------------------------------- governance

    /// <summary>Reporting terms.</summary>
    public static Gen<ReportingTerms> ReportingTerms { get; } = Gen.Select(
        SmartEnumOf<Cadence>(), ValueArrayOf(LocalId), ValueArrayOf(Text), OrNull(Period),
        (cadence, kpis, contents, within) => new ReportingTerms { Cadence = cadence, KpiIds = kpis, Contents = contents, DeliveredWithin = within });

    /// <summary>Audit rights.</summary>
    public static Gen<AuditRights> AuditRights { get; } = Gen.Select(
        OrNullValue(Integer), OrNull(Period), OrNullValue(Gen.Bool), OrNullValue(Gen.Bool), ValueArrayOf(Text), OrNull(SmartEnumOf<CostBasis>()),
        (max, notice, thirdParty, subProcessors, scope, cost) => new AuditRights
        {
            MaxAuditsPerYear = max,
            Notice = notice,
            ThirdPartyAuditorAllowed = thirdParty,
            IncludesSubProcessors = subProcessors,
            Scope = scope,
            Cost = cost,
        });

    /// <summary>Incident notifications.</summary>
    public static Gen<IncidentNotification> IncidentNotification { get; } = Gen.Select(
        SmartEnumOf<IncidentSeverity>(), Period, ValueArrayOf(Text),
        (severity, deadline, channels) => new IncidentNotification { Severity = severity, Deadline = deadline, Channels = channels });

    /// <summary>Model change notices.</summary>
    public static Gen<ModelChangeNotice> ModelChangeNotice { get; } = Gen.Select(
        OrNull(Period), ValueArrayOf(SmartEnumOf<ModelChangeKind>()), OrNullValue(Gen.Bool), OrNull(Period), OrNullValue(Gen.Bool),
        (notice, appliesTo, test, testPeriod, reject) => new ModelChangeNotice
        {
            Notice = notice,
            AppliesTo = appliesTo,
            RightToTestBeforeRollout = test,
            TestPeriod = testPeriod,
            RightToRejectOrRollBack = reject,
        });

    /// <summary>Escalation contacts.</summary>
    public static Gen<EscalationContact> EscalationContact { get; } = Gen.Select(
        Integer, SmartEnumOf<PartyRole>(), Text, OrNull(Text), OrNull(Text), OrNull(Text), OrNull(Period),
        (level, party, name, role, email, phone, response) => new EscalationContact { Level = level, Party = party, Name = name, Role = role, Email = email, Phone = phone, ResponseTime = response });

    /// <summary>Governance terms.</summary>
    public static Gen<GovernanceTerms> GovernanceTerms { get; } = Gen.Select(
        OrNull(ReportingTerms), OrNull(AuditRights), ValueArrayOf(IncidentNotification), OrNull(ModelChangeNotice), ValueArrayOf(EscalationContact),
        (reporting, audit, incidents, modelChange, escalation) => new GovernanceTerms
        {
            Reporting = reporting,
            AuditRights = audit,
            IncidentNotifications = incidents,
            ModelChangeNotice = modelChange,
            EscalationContacts = escalation,
        });

    // ---------------------------------------------------------------- the contract

    /// <summary>Whole contracts: every member of the model, each optional one sometimes absent.</summary>
    public static Gen<AiContract> Contract { get; } = Gen.Select(
        Gen.Select(SupportedSchemaVersion, ContractId, Text, SmartEnumOf<ContractStatus>(), OrNull(ContractParties), OrNullValue(LocalDate), OrNull(ContractTerm), OrNull(Text)),
        Gen.Select(OrNull(TimeZone), ValueArrayOf(AiSystem), OrNull(ServiceLevelTerms), OrNull(DataProcessingTerms), OrNull(IntegrationTerms), OrNull(PricingTerms), OrNull(ExitTerms), OrNull(GovernanceTerms)),
        ExtensionObject,
        (head, clauses, extensions) => new AiContract
        {
            SchemaVersion = head.Item1,
            Id = head.Item2,
            Title = head.Item3,
            Status = head.Item4,
            Parties = head.Item5,
            EffectiveDate = head.Item6,
            Term = head.Item7,
            GoverningLaw = head.Item8,
            TimeZone = clauses.Item1,
            AiSystems = clauses.Item2,
            ServiceLevels = clauses.Item3,
            DataProcessing = clauses.Item4,
            Integration = clauses.Item5,
            Pricing = clauses.Item6,
            Exit = clauses.Item7,
            Governance = clauses.Item8,
            Extensions = extensions,
        });

    // ---------------------------------------------------------------- builders

    private static LocalDate MakeDate(int year, int month, int day) =>
        new(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    /// <summary>A period with the components picked by <paramref name="mask"/> (bit 0 years ... bit 9 nanoseconds).</summary>
    private static Period MakePeriod(int mask, long[] values)
    {
        static int Int(long value) => (int)Math.Clamp(value, int.MinValue, int.MaxValue);
        long At(int bit) => (mask & (1 << bit)) != 0 ? values[bit] : 0;
        return new PeriodBuilder
        {
            Years = Int(At(0)),
            Months = Int(At(1)),
            Weeks = Int(At(2)),
            Days = Int(At(3)),
            Hours = At(4),
            Minutes = At(5),
            Seconds = At(6),
            Milliseconds = At(7),
            Ticks = At(8),
            Nanoseconds = At(9),
        }.Build();
    }

    private static Gen<ExtensionObject>[] BuildExtensionGenerators()
    {
        var objects = new Gen<ExtensionObject>[4];
        for (var levels = 0; levels < 4; levels++)
        {
            var value = levels == 0
                ? ExtensionScalar
                : Weighted(
                    (4, ExtensionScalar),
                    (1, ExtensionValues[levels - 1].Array[0, 3].Select(items => Domain.Extensions.ExtensionValue.FromArray(items))),
                    (1, objects[levels - 1].Select(Domain.Extensions.ExtensionValue.FromObject)));
            ExtensionValues[levels] = value;
            var name = Weighted((3, Gen.Char[AsciiLetters].Array[1, 8].Select(a => new string(a))), (1, Text));
            objects[levels] = Gen.Select(name, value).Array[0, 4]
                .Select(members => Domain.Extensions.ExtensionObject.Create(
                    members.DistinctBy(m => m.Item1, StringComparer.Ordinal).Select(m => new KeyValuePair<string, ExtensionValue>(m.Item1, m.Item2))));
        }

        return objects;
    }

    private static class SmartEnumCache<T>
        where T : SmartEnum<T>
    {
        internal static readonly Gen<T> Gen = CsCheck.Gen.OneOf([.. SmartEnum<T>.List.OrderBy(e => e.Value)]);
    }
}
