using AiContracts.Domain.Computations.ExitDates;
using AiContracts.Domain.DataProcessing;
using AiContracts.Domain.Exit;
using NodaTime;

namespace AiContracts.Domain.Tests.Computations;

/// <summary>Worked examples of exit dates, month ends included.</summary>
public sealed class ExitTimelineCalculatorTests
{
    private static readonly ExitTerms Terms = new()
    {
        TerminationRights =
        [
            new TerminationRight { Trigger = TerminationTrigger.Convenience, HeldBy = PartyRole.Customer, Notice = Period.FromMonths(1) },
            new TerminationRight { Trigger = TerminationTrigger.Convenience, HeldBy = PartyRole.Provider, Notice = Period.FromMonths(12) },
            new TerminationRight { Trigger = TerminationTrigger.MaterialBreach, HeldBy = PartyRole.Either, Notice = Period.FromDays(30) },
            new TerminationRight { Trigger = TerminationTrigger.Insolvency, HeldBy = PartyRole.Either },
        ],
        TransitionAssistance = new TransitionAssistance { Duration = Period.FromMonths(6) },
        DataPortability = new DataPortability { Deadline = Period.FromDays(30) },
        ModelArtifacts = new ModelArtifactTerms { HandoverDeadline = Period.FromDays(45) },
        KnowledgeTransfer = new KnowledgeTransfer { Deadline = Period.FromDays(60) },
        PostExitDeletion = new DeletionTerms { Deadline = Period.FromDays(30), Certificate = true },
    };

    private static readonly AiContract Contract = Fixtures.Contract() with { Exit = Terms };

    private static ExitTimeline Calculate(LocalDate date, TerminationTrigger trigger, PartyRole? by = null, AiContract? contract = null) =>
        ExitTimelineCalculator.Calculate(contract ?? Contract, new TerminationNotice { NoticeDate = date, Trigger = trigger, GivenBy = by });

    [Theory]
    [InlineData(2026, 1, 31, 2026, 2, 28)] // 31 January + 1 month: February has no 31st, so its last day
    [InlineData(2027, 1, 31, 2027, 2, 28)]
    [InlineData(2026, 3, 31, 2026, 4, 30)]
    [InlineData(2026, 2, 28, 2026, 3, 28)] // the day of the month is kept, not the month end
    [InlineData(2026, 12, 15, 2027, 1, 15)]
    public void Calculate_OneMonthNotice_AddsACalendarMonthFallingBackToTheMonthEnd(int y, int m, int d, int ey, int em, int ed) =>
        Assert.Equal(new LocalDate(ey, em, ed), Calculate(new LocalDate(y, m, d), TerminationTrigger.Convenience, PartyRole.Customer).EffectiveTerminationDate);

    [Fact]
    public void Calculate_LeapYear_31JanuaryPlusOneMonthIs29February()
    {
        var contract = Contract with { EffectiveDate = new LocalDate(2027, 1, 1) };

        Assert.Equal(new LocalDate(2028, 2, 29), Calculate(new LocalDate(2028, 1, 31), TerminationTrigger.Convenience, PartyRole.Customer, contract).EffectiveTerminationDate);
    }

    [Fact]
    public void Calculate_CustomerConvenience_GivesEveryDeadline()
    {
        var timeline = Calculate(new LocalDate(2026, 1, 31), TerminationTrigger.Convenience, PartyRole.Customer);

        Assert.Equal(new LocalDate(2026, 2, 28), timeline.EffectiveTerminationDate);
        Assert.Equal(new LocalDate(2026, 8, 28), timeline.TransitionAssistanceEnd); // + 6 months
        Assert.Equal(new LocalDate(2026, 3, 30), timeline.DataExportDeadline); // 28 Feb + 30 days
        Assert.Equal(new LocalDate(2026, 4, 14), timeline.ModelArtifactHandoverDeadline); // 28 Feb + 45 days
        Assert.Equal(new LocalDate(2026, 9, 27), timeline.DeletionDeadline); // end of transition (28 Aug) + 30 days
        Assert.Equal(timeline.DeletionDeadline, timeline.DeletionCertificateDue);
        Assert.Equal(new LocalDate(2026, 4, 1), timeline.KnowledgeTransferDeadline); // notice 31 Jan + 60 days
        Assert.Empty(timeline.Diagnostics);
    }

    [Fact]
    public void Calculate_ProviderConvenience_UsesTheProvidersNoticePeriod() =>
        Assert.Equal(new LocalDate(2027, 2, 28), Calculate(new LocalDate(2026, 2, 28), TerminationTrigger.Convenience, PartyRole.Provider).EffectiveTerminationDate);

    [Fact]
    public void Calculate_RightHeldByEither_MatchesEitherParty() =>
        Assert.Equal(new LocalDate(2026, 6, 30), Calculate(new LocalDate(2026, 5, 31), TerminationTrigger.MaterialBreach, PartyRole.Provider).EffectiveTerminationDate);

    [Fact]
    public void Calculate_RightWithoutNoticePeriod_TerminatesOnTheNoticeDate() =>
        Assert.Equal(new LocalDate(2026, 5, 31), Calculate(new LocalDate(2026, 5, 31), TerminationTrigger.Insolvency).EffectiveTerminationDate);

    [Fact]
    public void Calculate_NoDeletionCertificate_LeavesTheCertificateDateNull()
    {
        var contract = Contract with { Exit = Terms with { PostExitDeletion = new DeletionTerms { Deadline = Period.FromDays(30) } } };

        var timeline = Calculate(new LocalDate(2026, 1, 31), TerminationTrigger.Convenience, PartyRole.Customer, contract);

        Assert.NotNull(timeline.DeletionDeadline);
        Assert.Null(timeline.DeletionCertificateDue);
    }

    [Fact]
    public void Calculate_NoRightForTheTrigger_ReportsAndComputesNoDates()
    {
        var timeline = Calculate(new LocalDate(2026, 5, 31), TerminationTrigger.ChangeOfControl);

        Assert.Equal("AIC7013", Assert.Single(timeline.Diagnostics).Code);
        Assert.Null(timeline.EffectiveTerminationDate);
    }

    [Fact]
    public void Calculate_NoticeDuringTheLockIn_ReportsAndComputesNoDates()
    {
        var contract = Contract with
        {
            Exit = Terms with { TerminationRights = [new TerminationRight { Trigger = TerminationTrigger.Convenience, HeldBy = PartyRole.Customer, Notice = Period.FromDays(90), ExercisableAfter = Period.FromMonths(12) }] },
        };

        var early = Calculate(new LocalDate(2026, 12, 31), TerminationTrigger.Convenience, PartyRole.Customer, contract);
        var onTime = Calculate(new LocalDate(2027, 1, 1), TerminationTrigger.Convenience, PartyRole.Customer, contract);

        Assert.Equal("AIC7018", Assert.Single(early.Diagnostics).Code);
        Assert.Null(early.EffectiveTerminationDate);
        Assert.Equal(new LocalDate(2027, 4, 1), onTime.EffectiveTerminationDate); // 1 Jan 2027 + 90 days
    }

    [Fact]
    public void Calculate_NoticeOutsideTheTerm_Reports()
    {
        var timeline = Calculate(new LocalDate(2025, 12, 31), TerminationTrigger.Convenience, PartyRole.Customer);

        Assert.Equal("AIC7002", Assert.Single(timeline.Diagnostics).Code);
        Assert.Null(timeline.EffectiveTerminationDate);
    }

    [Fact]
    public void Calculate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ExitTimelineCalculator.Calculate(null!, new TerminationNotice { NoticeDate = new LocalDate(2026, 1, 1), Trigger = TerminationTrigger.Convenience }));
        Assert.Throws<ArgumentNullException>(() => ExitTimelineCalculator.Calculate(Contract, null!));
    }
}
