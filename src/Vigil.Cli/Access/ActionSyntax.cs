namespace Vigil.Cli.Access;

/// <summary>The shapes the access commands accept for an action and an ARN.</summary>
internal static class ActionSyntax
{
    public static bool IsValid(string action)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < action.Length - 1 && action.IndexOf(':', colon + 1) < 0 && !action.Any(char.IsWhiteSpace);
    }

    public static bool IsArn(string value) => value.StartsWith("arn:", StringComparison.Ordinal) && value.Split(':').Length >= 6;
}
