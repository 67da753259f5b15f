namespace Vigil.ScriptedAws;

/// <summary>One request the fake answered: "service:Operation" (or the path, when it could not be recognised), the
/// region signed for, the HTTP status sent and, for an error, its code.</summary>
public sealed record FakeCall(string Key, string Region, int Status, string? ErrorCode = null);
