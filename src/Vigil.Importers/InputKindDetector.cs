using System.Text;
using Vigil.Core;
using Vigil.Importers.AwsConfig;
using Vigil.Importers.Detection;
using Vigil.Importers.IamAuthorizationDetails;

namespace Vigil.Importers;

/// <summary>Tells an input file's kind from its first bytes (decompressed when gzip): a Vigil snapshot, a
/// CloudFormation template (JSON or YAML), a Terraform plan (terraform show -json), IAM authorization details or an
/// AWS Config export. A file that is none of them is refused with what it looked like.</summary>
public static class InputKindDetector
{
    public const string Snapshot = "snapshot";
    public const string CloudFormation = "cloudformation";
    public const string TerraformPlan = "terraform-plan";
    public const string IamAuthorizationDetails = IamAuthorizationDetailsImporter.InputKind;
    public const string AwsConfig = AwsConfigImporter.InputKind;

    public static IReadOnlyList<string> Kinds { get; } = [Snapshot, CloudFormation, TerraformPlan, IamAuthorizationDetails, AwsConfig];

    private const int HeadBytes = 256 * 1024;

    public static string Detect(string path)
    {
        var head = InputFile.ReadHead(path, HeadBytes + 1);
        var complete = head.Length <= HeadBytes;
        if (!complete) Array.Resize(ref head, HeadBytes);
        ReadOnlySpan<byte> bytes = head;
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var text = Text(bytes, complete) ?? throw Refused(path, "it holds binary data, not JSON or YAML text");
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0) throw Refused(path, "the file is empty");
        return trimmed[0] is '{' or '[' ? FromJson(path, bytes, complete) : FromText(path, text);
    }

    private static string FromJson(string path, ReadOnlySpan<byte> bytes, bool complete)
    {
        var head = JsonHead.Read(bytes, complete);
        if (!head.IsArray)
        {
            if (head.Has("schemaVersion")) return Snapshot;
            if (head.Has("AWSTemplateFormatVersion") || head.Has("Resources")) return CloudFormation;
            if (head.Has("planned_values") || head.Has("resource_changes")) return TerraformPlan;
            if (head.Has("lineage") || head.Has("serial") || head.Has("format_version") && head.Has("values"))
                throw Refused(path, "it is a Terraform state, not a plan; give the plan as JSON: terraform plan -out=PLAN && terraform show -json PLAN > plan.json");
            if (head.Has("configurationItems") || head.Has("baseConfigurationItems") || head.Has("configSnapshotId")) return AwsConfig;
            if (head.Has("Results") && (head.Has("QueryInfo") || head.FirstStrings.GetValueOrDefault("Results")?.Contains("\"resourceType\"", StringComparison.Ordinal) == true))
                return AwsConfig;
        }
        if (AuthorizationDetailsPages.ListNames.Take(3).Any(head.Has)) return IamAuthorizationDetails;
        if (head.ErrorLine is { } line) throw new VigilInputException($"{path}:{line}: not valid JSON, so Vigil cannot tell what kind of input it is.");
        var shown = head.Keys.Distinct(StringComparer.Ordinal).Take(6).ToList();
        var shape = head.IsArray
            ? shown.Count == 0 ? "a JSON array" : $"a JSON array of objects with {string.Join(", ", shown)}"
            : shown.Count == 0 ? "an empty JSON object" : $"a JSON object with {string.Join(", ", shown)}{(head.Keys.Count > shown.Count ? ", ..." : "")}";
        throw Refused(path, $"it is {shape}");
    }

    /// <summary>YAML (or other text): a CloudFormation template has a top-level Resources or AWSTemplateFormatVersion key.</summary>
    private static string FromText(string path, string text)
    {
        var topLevel = text.Split('\n')
            .Where(line => line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#' && !line.StartsWith("---", StringComparison.Ordinal))
            .Select(line => line.TrimEnd('\r'))
            .ToList();
        if (topLevel.Any(line => line.StartsWith("AWSTemplateFormatVersion:", StringComparison.Ordinal) || line.StartsWith("Resources:", StringComparison.Ordinal)))
            return CloudFormation;
        if (topLevel.Any(line => line.StartsWith("resource \"", StringComparison.Ordinal) || line.StartsWith("provider \"", StringComparison.Ordinal) || line.StartsWith("module \"", StringComparison.Ordinal)))
            throw Refused(path, "it is Terraform configuration (HCL); Vigil reads plans: terraform plan -out=PLAN && terraform show -json PLAN > plan.json");
        var first = topLevel.FirstOrDefault() ?? text.TrimStart().Split('\n')[0].TrimEnd('\r');
        return first.Length > 60
            ? throw Refused(path, $"it is text that is neither JSON nor a YAML CloudFormation template (it starts \"{first[..57]}...\")")
            : throw Refused(path, $"it is text that is neither JSON nor a YAML CloudFormation template (it starts \"{first}\")");
    }

    private static string? Text(ReadOnlySpan<byte> bytes, bool complete)
    {
        if (bytes.Contains((byte)0)) return null;
        // A cut head may end inside a multi-byte character.
        var end = bytes.Length;
        if (!complete)
        {
            var back = 0;
            while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) back++;
            if (end - back - 1 >= 0 && bytes[end - back - 1] >= 0xC0) end -= back + 1;
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes[..end]);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static VigilInputException Refused(string path, string why) =>
        new($"{path}: not an input Vigil reads: {why}. Vigil reads {string.Join(", ", Kinds)}; name the kind with --input-kind if this is one of them.");
}
