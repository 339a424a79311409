using System.Reflection;
using AiContracts.Domain;
using AiContracts.Domain.Extensions;
using AiContracts.Domain.Primitives;
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
/// <para>
/// The scalars and value objects are written by hand (their edge cases are the point); every record generator is derived
/// from the record's members by reflection (<see cref="Of{T}"/>), so adding a member to a record needs no change here.
/// </para>
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

    // ---------------------------------------------------------------- records, derived from the model

    /// <summary>Whole contracts: every member of the model, each optional one sometimes absent.</summary>
    public static Gen<AiContract> Contract => Of<AiContract>();

    /// <summary>
    /// Any record of the model, derived from its members by reflection: each member from the generator of its type
    /// (<see cref="Of(Type)"/>), null a third of the time where the member is nullable. Nobody writes a generator per
    /// record, so a new member is generated as soon as it exists.
    /// </summary>
    /// <typeparam name="T">A record type of the model (see <see cref="ModelGraph.IsRecord"/>).</typeparam>
    /// <returns>The generator.</returns>
    public static Gen<T> Of<T>()
        where T : class => (Gen<T>)Of(typeof(T));

    /// <summary>
    /// The generator of a type the model uses: the scalars and value objects above (their edge cases are written by
    /// hand), every value of a smart enum, 0 to 3 elements for a <see cref="ValueArray{T}"/>, and records derived from
    /// their members.
    /// </summary>
    /// <param name="type">The type.</param>
    /// <returns>A <c>Gen&lt;T&gt;</c> of that type, boxed.</returns>
    /// <exception cref="NotSupportedException">The type is none of those: add a generator for it to <see cref="Scalars"/>.</exception>
    public static object Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (Derived)
        {
            if (!Derived.TryGetValue(type, out var gen))
            {
                gen = Scalars.TryGetValue(type, out var scalar) ? scalar
                    : ModelGraph.IsSmartEnum(type) ? Invoke(nameof(SmartEnumOf), [type])
                    : ModelGraph.IsValueArray(type) ? Invoke(nameof(ValueArrayOf), [ModelGraph.ElementType(type)], Of(ModelGraph.ElementType(type)))
                    : ModelGraph.IsRecord(type) ? Invoke(nameof(DeriveRecord), [type])
                    : throw new NotSupportedException($"No generator for {type}: add one to ContractGenerators.Scalars.");
                Derived[type] = gen;
            }

            return gen;
        }
    }

    /// <summary>The values of one member of a record, boxed: its type's generator, or null a third of the time where the member is nullable.</summary>
    /// <param name="property">A property of a record of the model.</param>
    /// <returns>The generator.</returns>
    public static Gen<object?> ForMember(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var type = property.PropertyType;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return (Gen<object?>)Invoke(nameof(BoxNullableValue), [underlying], Of(underlying));
        }

        bool nullable;
        lock (Nullability)
        {
            nullable = !type.IsValueType && Nullability.Create(property).ReadState == NullabilityState.Nullable;
        }

        return (Gen<object?>)Invoke(nullable ? nameof(BoxNullable) : nameof(Box), [type], Of(type));
    }

    /// <summary>A copy of a record with one member set, as a <c>with</c> expression would make it.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="record">The record.</param>
    /// <param name="property">The member to set.</param>
    /// <param name="value">Its new value.</param>
    /// <returns>The copy.</returns>
    public static T With<T>(T record, PropertyInfo property, object? value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(property);
        var copy = (T)typeof(T).GetMethod("<Clone>$")!.Invoke(record, null)!;
        property.SetValue(copy, value);
        return copy;
    }

    private static readonly Dictionary<Type, object> Derived = [];

    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>The hand-written generators of the scalars and value objects, by type (what the derived record generators are built from).</summary>
    private static Dictionary<Type, object> Scalars => field ??= new()
    {
        [typeof(string)] = Text,
        [typeof(int)] = Integer,
        [typeof(bool)] = Gen.Bool,
        [typeof(decimal)] = Decimal,
        [typeof(Currency)] = Currency,
        [typeof(Money)] = Money,
        [typeof(Percentage)] = Percentage,
        [typeof(ContractId)] = ContractId,
        [typeof(LocalId)] = LocalId,
        [typeof(SchemaVersion)] = SupportedSchemaVersion,
        [typeof(ExtensionObject)] = ExtensionObject,
        [typeof(ExtensionValue)] = ExtensionValue,
        [typeof(LocalDate)] = LocalDate,
        [typeof(LocalTime)] = LocalTime,
        [typeof(Instant)] = Instant,
        [typeof(Period)] = Period,
        [typeof(Duration)] = Duration,
        [typeof(DateTimeZone)] = TimeZone,
        [typeof(IsoDayOfWeek)] = DayOfWeek,
    };

    private static object Invoke(string method, Type[] typeArguments, params object[] arguments) =>
        typeof(ContractGenerators).GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(typeArguments).Invoke(null, arguments)!;

    private static Gen<object?> Box<T>(Gen<T> gen) => gen.Select(value => (object?)value);

    private static Gen<object?> BoxNullable<T>(Gen<T> gen)
        where T : class => OrNull(gen).Select(value => (object?)value);

    private static Gen<object?> BoxNullableValue<T>(Gen<T> gen)
        where T : struct => OrNullValue(gen).Select(value => (object?)value);

    private static Gen<T> DeriveRecord<T>()
        where T : class
    {
        var members = ModelGraph.PropertiesOf(typeof(T)).Where(p => p.SetMethod is not null).ToArray();
        var values = Gen.Const(Array.Empty<object?>());
        foreach (var member in members)
        {
            values = Gen.Select(values, ForMember(member), static (previous, value) => (object?[])[.. previous, value]);
        }

        return values.Select(v =>
        {
            var record = Activator.CreateInstance<T>();
            for (var i = 0; i < members.Length; i++)
            {
                members[i].SetValue(record, v[i]);
            }

            return record;
        });
    }

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
