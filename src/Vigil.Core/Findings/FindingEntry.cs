namespace Vigil.Core.Findings;

/// <summary>A finding as a <see cref="FindingList"/> stores it: no object of its own, so millions of findings add
/// no objects for the garbage collector to trace or copy.</summary>
internal readonly record struct FindingEntry(Model.Resource? Resource, object? Detail, int Check, FindingStatus Status);
