using System.IO.Compression;
using System.Text;

namespace Vigil.Cli.Inputs;

/// <summary>Tells an input's kind from its first bytes.</summary>
internal static class InputDetector
{
    public static string Detect(string path)
    {
        byte[] head;
        try
        {
            using var file = File.OpenRead(path);
            Stream stream = file;
            var magic = new byte[2];
            var n = file.Read(magic);
            file.Position = 0;
            if (n == 2 && magic[0] == 0x1f && magic[1] == 0x8b) stream = new GZipStream(file, CompressionMode.Decompress);
            head = new byte[64 * 1024];
            var read = 0;
            while (read < head.Length)
            {
                var r = stream.Read(head, read, head.Length - read);
                if (r == 0) break;
                read += r;
            }
            Array.Resize(ref head, read);
        }
        catch (FileNotFoundException)
        {
            throw new Core.VigilInputException($"{path}: no such file.");
        }
        catch (DirectoryNotFoundException)
        {
            throw new Core.VigilInputException($"{path}: no such file.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new Core.VigilInputException($"{path}: cannot read the file: {e.Message}");
        }

        var text = Encoding.UTF8.GetString(head);
        if (text.Contains("\"schemaVersion\"", StringComparison.Ordinal)) return InputKinds.Snapshot;
        if (text.Contains("AWSTemplateFormatVersion", StringComparison.Ordinal) || text.Contains("AWS::", StringComparison.Ordinal) && text.Contains("Resources", StringComparison.Ordinal))
            return InputKinds.CloudFormation;
        if (text.Contains("\"terraform_version\"", StringComparison.Ordinal) || text.Contains("\"planned_values\"", StringComparison.Ordinal))
            return InputKinds.TerraformPlan;
        if (text.Contains("\"UserDetailList\"", StringComparison.Ordinal) || text.Contains("\"RoleDetailList\"", StringComparison.Ordinal))
            return InputKinds.IamAuthorizationDetails;
        if (text.Contains("\"configurationItems\"", StringComparison.Ordinal) || text.Contains("\"fileVersion\"", StringComparison.Ordinal))
            return InputKinds.AwsConfig;
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('{')) return InputKinds.Snapshot;
        throw new Core.VigilInputException($"{path}: cannot tell what kind of input this is; name it with --input-kind ({string.Join("|", InputKinds.All)}).");
    }
}
