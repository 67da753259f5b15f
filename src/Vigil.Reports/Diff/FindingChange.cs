namespace Vigil.Reports.Diff;

/// <summary>One finding of a diff: its id, and its state before (null when new) and after (null when gone).</summary>
public sealed record FindingChange(string Id, FindingState? Old, FindingState? New)
{
    public FindingState Current => New ?? Old!;
}
