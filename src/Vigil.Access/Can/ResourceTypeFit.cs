using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Vigil.Iam.Catalog;

namespace Vigil.Access.Can;

/// <summary>Whether a resource pattern of a policy can name a resource of one of an action's resource types (by the
/// ARN formats of the Service Authorization Reference), so that s3:GetObject is asked about "arn:aws:s3:::b/*" and not
/// about the bucket "arn:aws:s3:::b". A pattern's wildcards are read as one ordinary character; a format's
/// placeholders match no "/" or ":", except a final one after "/" (object keys, paths), which matches anything.</summary>
internal static class ResourceTypeFit
{
    private static readonly ConcurrentDictionary<string, Regex> Formats = new(StringComparer.Ordinal);

    public static bool Fits(IamAction action, string pattern)
    {
        if (action.ResourceTypes.Count == 0) return false;
        var concrete = pattern.Replace('*', 'x').Replace('?', 'x');
        return action.ResourceTypes.Any(t => Formats.GetOrAdd(t.ArnFormat, Compile).IsMatch(concrete));
    }

    private static Regex Compile(string format)
    {
        var regex = new StringBuilder("^");
        var at = 0;
        while (at < format.Length)
        {
            var start = format.IndexOf("${", at, StringComparison.Ordinal);
            if (start < 0)
            {
                regex.Append(Regex.Escape(format[at..]));
                break;
            }

            var end = format.IndexOf('}', start);
            if (end < 0)
            {
                regex.Append(Regex.Escape(format[at..]));
                break;
            }

            regex.Append(Regex.Escape(format[at..start]));
            var last = end == format.Length - 1 && start > 0 && format[start - 1] == '/';
            regex.Append(last ? ".*" : "[^/:]*");
            at = end + 1;
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}
