using System.Xml.Linq;
using AiContracts.TestUtilities;

namespace AiContracts.Domain.Tests;

/// <summary>
/// The trimming descriptor keeps the fields Ardalis.SmartEnum reflects over; it must name exactly the smart enums of the
/// assembly, or a trimmed or native-AOT consumer loses vocabulary values (an unknown name at read time).
/// </summary>
public sealed class TrimmingDescriptorTests
{
    [Fact]
    public void The_trimming_descriptor_preserves_the_fields_of_exactly_every_smart_enum()
    {
        var path = Path.Combine(SampleFiles.RepositoryRoot, "src", "AiContracts.Domain", "ILLink.Descriptors.xml");
        var listed = XDocument.Load(path).Descendants("type").Select(t => (string)t.Attribute("fullname")!).Order(StringComparer.Ordinal).ToList();

        var smartEnums = typeof(AiContract).Assembly.GetTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition().FullName!.StartsWith("Ardalis.SmartEnum.SmartEnum`", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();

        var missing = smartEnums.Except(listed).Select(n => $"    <type fullname=\"{n}\" preserve=\"fields\" />");
        Assert.True(smartEnums.SequenceEqual(listed), $"{path} is out of step. Add:\n{string.Join('\n', missing)}\nRemove: {string.Join(", ", listed.Except(smartEnums))}");
    }
}
