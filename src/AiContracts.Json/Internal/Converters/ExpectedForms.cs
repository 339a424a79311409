namespace AiContracts.Json.Internal.Converters;

/// <summary>
/// How each text form is described in messages, in one place: the reader's converters and the schema stage of the
/// validation pipeline say the same thing about the same mistake.
/// </summary>
internal static class ExpectedForms
{
    internal const string LocalDate = "an ISO 8601 date such as '2026-01-31'";
    internal const string LocalTime = "an ISO 8601 time of day such as '02:00:00'";
    internal const string Instant = "an ISO 8601 instant in UTC such as '2026-03-01T09:30:00Z'";
    internal const string Period = "an ISO 8601 period such as 'P30D', 'P1Y' or 'PT72H'";
    internal const string Duration = "an ISO 8601 duration of days and time such as 'PT4H' or 'PT1H30M'";
    internal const string TimeZone = "an IANA time zone identifier such as 'Europe/Berlin' or 'UTC'";
}
