namespace Vigil.Iam;

/// <summary>The JSON text of a decision: allowed, explicitDeny, implicitDeny.</summary>
public static class DecisionText
{
    public static string Of(Decision decision) => decision switch
    {
        Decision.Allowed => "allowed",
        Decision.ExplicitDeny => "explicitDeny",
        _ => "implicitDeny",
    };

    public static bool TryParse(string? text, out Decision decision)
    {
        switch (text)
        {
            case "allowed": decision = Decision.Allowed; return true;
            case "explicitDeny": decision = Decision.ExplicitDeny; return true;
            case "implicitDeny": decision = Decision.ImplicitDeny; return true;
            default: decision = Decision.ImplicitDeny; return false;
        }
    }
}
