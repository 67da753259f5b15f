namespace Vigil.Iam;

/// <summary>The IAM policy language and decision engine (issue: Vigil.Iam). Pure: depends on nothing but the BCL.</summary>
public static class IamEngineInfo
{
    /// <summary>The policy language versions the parser accepts.</summary>
    public static IReadOnlyList<string> PolicyVersions { get; } = ["2012-10-17", "2008-10-17"];
}
