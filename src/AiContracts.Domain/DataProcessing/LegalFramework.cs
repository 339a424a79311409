using Ardalis.SmartEnum;

namespace AiContracts.Domain.DataProcessing;

/// <summary>A data-protection or AI law the processing is subject to.</summary>
/// <remarks>A closed vocabulary, written to JSON by name. Thread safety: immutable.</remarks>
public sealed class LegalFramework : SmartEnum<LegalFramework>
{
    /// <summary>EU General Data Protection Regulation (2016/679).</summary>
    public static readonly LegalFramework Gdpr = new(nameof(Gdpr), 1);

    /// <summary>UK GDPR and the Data Protection Act 2018.</summary>
    public static readonly LegalFramework UkGdpr = new(nameof(UkGdpr), 2);

    /// <summary>California Consumer Privacy Act, as amended by the CPRA.</summary>
    public static readonly LegalFramework Ccpa = new(nameof(Ccpa), 3);

    /// <summary>US Health Insurance Portability and Accountability Act.</summary>
    public static readonly LegalFramework Hipaa = new(nameof(Hipaa), 4);

    /// <summary>EU Artificial Intelligence Act (2024/1689).</summary>
    public static readonly LegalFramework EuAiAct = new(nameof(EuAiAct), 5);

    /// <summary>EU Digital Operational Resilience Act (2022/2554) for financial entities' ICT third-party arrangements.</summary>
    public static readonly LegalFramework Dora = new(nameof(Dora), 6);

    /// <summary>Brazil's Lei Geral de Protecao de Dados.</summary>
    public static readonly LegalFramework Lgpd = new(nameof(Lgpd), 7);

    /// <summary>Canada's Personal Information Protection and Electronic Documents Act.</summary>
    public static readonly LegalFramework Pipeda = new(nameof(Pipeda), 8);

    /// <summary>China's Personal Information Protection Law.</summary>
    public static readonly LegalFramework Pipl = new(nameof(Pipl), 9);

    /// <summary>India's Digital Personal Data Protection Act 2023.</summary>
    public static readonly LegalFramework Dpdp = new(nameof(Dpdp), 10);

    /// <summary>Switzerland's revised Federal Act on Data Protection.</summary>
    public static readonly LegalFramework SwissFadp = new(nameof(SwissFadp), 11);

    private LegalFramework(string name, int value)
        : base(name, value)
    {
    }
}
