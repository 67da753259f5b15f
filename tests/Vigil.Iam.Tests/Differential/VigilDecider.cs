using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Iam.Simulation;

namespace Vigil.Iam.Tests.Differential;

/// <summary>Vigil's decision for a request in the simulate format, read the way `vigil iam simulate` reads it; null when Vigil rejects the request.</summary>
internal static class VigilDecider
{
    public static string? Decide(JsonObject request)
    {
        using var document = JsonDocument.Parse(request.ToJsonString());
        try
        {
            return DecisionText.Of(Evaluator.Evaluate(new SimulationRequestReader().Read(document.RootElement)).Decision);
        }
        catch (Exception e) when (e is FormatException or PolicyParseException)
        {
            return null;
        }
    }
}
