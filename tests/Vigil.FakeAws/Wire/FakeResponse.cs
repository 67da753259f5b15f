namespace Vigil.ScriptedAws.Wire;

/// <summary>What the fake sends back: status, headers and body bytes.</summary>
public sealed record FakeResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string BodyText => System.Text.Encoding.UTF8.GetString(Body);
}
