namespace Vigil.ScriptedAws;

/// <summary>One request the fake answered: "service:Operation" (or the path, when it could not be recognised), the
/// region signed for, and the HTTP status sent.</summary>
public sealed record FakeCall(string Key, string Region, int Status);
