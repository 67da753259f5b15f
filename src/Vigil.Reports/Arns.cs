namespace Vigil.Reports;

/// <summary>Reading parts of an ARN for formats that ask for them separately.</summary>
internal static class Arns
{
    /// <summary>The partition (aws, aws-cn, aws-us-gov, ...); "aws" when the text is not an ARN.</summary>
    public static string Partition(string arn)
    {
        var parts = arn.Split(':', 3);
        return parts.Length == 3 && parts[0] == "arn" && parts[1].Length > 0 ? parts[1] : "aws";
    }
}
