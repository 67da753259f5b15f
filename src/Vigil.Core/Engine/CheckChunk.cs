namespace Vigil.Core.Engine;

/// <summary>One check's part of a chunk of work: the check, what it needs collected, and the segment its findings go to.</summary>
internal readonly record struct CheckChunk(int Check, CheckDataNeeds Needs, int Segment);
