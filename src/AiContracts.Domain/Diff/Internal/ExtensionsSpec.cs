using AiContracts.Domain.Diagnostics;

namespace AiContracts.Domain.Diff.Internal;

/// <summary>The open extension object: compared member by member, each difference needing review.</summary>
internal sealed class ExtensionsSpec(DirectionEntry entry) : MemberSpec<AiContract>(entry)
{
    public override void Diff(AiContract before, AiContract after, DiffWalk walk, DiffSite site)
    {
        if (before.Extensions.Equals(after.Extensions))
        {
            return;
        }

        foreach (var (name, value) in before.Extensions)
        {
            if (!after.Extensions.TryGetValue(name, out var other))
            {
                walk.Add(ChangeKind.Removed, JsonPointer.Root / "extensions" / name, Entry, DiffValues.Display(value.ToString()), null, ChangeAssessment.NeedsReview, $"extension {name} removed", null);
            }
            else if (!value.Equals(other))
            {
                walk.Add(ChangeKind.Changed, JsonPointer.Root / "extensions" / name, Entry, DiffValues.Display(value.ToString()), DiffValues.Display(other.ToString()), ChangeAssessment.NeedsReview, $"extension {name} changed", null);
            }
        }

        foreach (var (name, value) in after.Extensions)
        {
            if (!before.Extensions.Contains(name))
            {
                walk.Add(ChangeKind.Added, JsonPointer.Root / "extensions" / name, Entry, null, DiffValues.Display(value.ToString()), ChangeAssessment.NeedsReview, $"extension {name} added", null);
            }
        }
    }
}
