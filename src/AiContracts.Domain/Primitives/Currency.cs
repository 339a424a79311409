using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace AiContracts.Domain.Primitives;

/// <summary>
/// An active ISO 4217 currency: its three-letter code, numeric code and number of minor units (decimal places).
/// </summary>
/// <remarks>
/// Instances come only from the built-in ISO 4217 table, so every <see cref="Currency"/> is a known currency.
/// Funds codes (for example <c>CHE</c>) are included; precious metals and testing codes (<c>XAU</c>, <c>XXX</c>)
/// are not, because they have no minor unit and make no sense as a contract currency.
/// <para>Thread safety: immutable; safe to share across threads.</para>
/// </remarks>
public sealed record Currency
{
    // Code, numeric code, minor units; active codes of ISO 4217 as published by SIX (list one, 2025 amendments).
    private const string Table =
        "AED784/2 AFN971/2 ALL008/2 AMD051/2 AOA973/2 ARS032/2 AUD036/2 AWG533/2 AZN944/2 BAM977/2 BBD052/2 BDT050/2 " +
        "BHD048/3 BIF108/0 BMD060/2 BND096/2 BOB068/2 BOV984/2 BRL986/2 BSD044/2 BTN064/2 BWP072/2 BYN933/2 BZD084/2 " +
        "CAD124/2 CDF976/2 CHE947/2 CHF756/2 CHW948/2 CLF990/4 CLP152/0 CNY156/2 COP170/2 COU970/2 CRC188/2 CUP192/2 " +
        "CVE132/2 CZK203/2 DJF262/0 DKK208/2 DOP214/2 DZD012/2 EGP818/2 ERN232/2 ETB230/2 EUR978/2 FJD242/2 FKP238/2 " +
        "GBP826/2 GEL981/2 GHS936/2 GIP292/2 GMD270/2 GNF324/0 GTQ320/2 GYD328/2 HKD344/2 HNL340/2 HTG332/2 HUF348/2 " +
        "IDR360/2 ILS376/2 INR356/2 IQD368/3 IRR364/2 ISK352/0 JMD388/2 JOD400/3 JPY392/0 KES404/2 KGS417/2 KHR116/2 " +
        "KMF174/0 KPW408/2 KRW410/0 KWD414/3 KYD136/2 KZT398/2 LAK418/2 LBP422/2 LKR144/2 LRD430/2 LSL426/2 LYD434/3 " +
        "MAD504/2 MDL498/2 MGA969/2 MKD807/2 MMK104/2 MNT496/2 MOP446/2 MRU929/2 MUR480/2 MVR462/2 MWK454/2 MXN484/2 " +
        "MXV979/2 MYR458/2 MZN943/2 NAD516/2 NGN566/2 NIO558/2 NOK578/2 NPR524/2 NZD554/2 OMR512/3 PAB590/2 PEN604/2 " +
        "PGK598/2 PHP608/2 PKR586/2 PLN985/2 PYG600/0 QAR634/2 RON946/2 RSD941/2 RUB643/2 RWF646/0 SAR682/2 SBD090/2 " +
        "SCR690/2 SDG938/2 SEK752/2 SGD702/2 SHP654/2 SLE925/2 SOS706/2 SRD968/2 SSP728/2 STN930/2 SVC222/2 SYP760/2 " +
        "SZL748/2 THB764/2 TJS972/2 TMT934/2 TND788/3 TOP776/2 TRY949/2 TTD780/2 TWD901/2 TZS834/2 UAH980/2 UGX800/0 " +
        "USD840/2 USN997/2 UYI940/0 UYU858/2 UYW927/4 UZS860/2 VED926/2 VES928/2 VND704/0 VUV548/0 WST882/2 XAF950/0 " +
        "XCD951/2 XCG532/2 XOF952/0 XPF953/0 YER886/2 ZAR710/2 ZMW967/2 ZWG924/2";

    private static readonly FrozenDictionary<string, Currency> ByCode = Table
        .Split(' ')
        .Select(entry => new Currency(entry[..3], int.Parse(entry.AsSpan(3, 3), provider: System.Globalization.CultureInfo.InvariantCulture), entry[7] - '0'))
        .ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    private Currency(string code, int numericCode, int minorUnits)
    {
        Code = code;
        NumericCode = numericCode;
        MinorUnits = minorUnits;
    }

    /// <summary>The euro.</summary>
    public static Currency Eur => ByCode["EUR"];

    /// <summary>The US dollar.</summary>
    public static Currency Usd => ByCode["USD"];

    /// <summary>The pound sterling.</summary>
    public static Currency Gbp => ByCode["GBP"];

    /// <summary>Every currency this library knows, ordered by code.</summary>
    public static IReadOnlyList<Currency> All { get; } = [.. ByCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>The three upper-case letters of the ISO 4217 alphabetic code, for example <c>EUR</c>.</summary>
    public string Code { get; }

    /// <summary>The ISO 4217 numeric code, for example 978 for the euro.</summary>
    public int NumericCode { get; }

    /// <summary>The number of decimal places of the minor unit: 2 for EUR, 0 for JPY, 3 for KWD.</summary>
    public int MinorUnits { get; }

    /// <summary>Gets the currency with the given ISO 4217 code.</summary>
    /// <param name="code">Three upper-case letters, for example <c>EUR</c>. Lower case is not accepted.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an active ISO 4217 code.</exception>
    public static Currency FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (TryFromCode(code, out var currency))
        {
            return currency;
        }

        throw new ArgumentException(DescribeInvalidCode(code), nameof(code));
    }

    /// <summary>Tries to get the currency with the given ISO 4217 code.</summary>
    /// <param name="code">Three upper-case letters, for example <c>EUR</c>.</param>
    /// <param name="currency">The currency when found; otherwise null.</param>
    /// <returns>True when <paramref name="code"/> is an active ISO 4217 code.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        if (code is null)
        {
            currency = null;
            return false;
        }

        return ByCode.TryGetValue(code, out currency);
    }

    /// <summary>Explains why <paramref name="code"/> is not accepted, in one sentence a person can act on.</summary>
    /// <param name="code">The rejected code.</param>
    /// <returns>The explanation.</returns>
    internal static string DescribeInvalidCode(string code)
    {
        var upper = code.ToUpperInvariant();
        if (!string.Equals(upper, code, StringComparison.Ordinal) && ByCode.ContainsKey(upper))
        {
            return $"'{code}' is not an ISO 4217 currency code; codes are upper case: did you mean '{upper}'?";
        }

        return code.Length == 3 && code.All(char.IsAsciiLetterUpper)
            ? $"'{code}' is not an active ISO 4217 currency code."
            : $"'{code}' is not an ISO 4217 currency code; expected three upper-case letters such as 'EUR' or 'USD'.";
    }

    /// <summary>Returns the ISO 4217 code.</summary>
    /// <returns>The code, for example <c>EUR</c>.</returns>
    public override string ToString() => Code;
}
