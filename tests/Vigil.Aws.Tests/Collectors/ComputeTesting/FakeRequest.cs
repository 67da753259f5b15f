using System.Web;

namespace Vigil.Aws.Tests.Collectors.ComputeTesting;

/// <summary>A request as the fake AWS sees it: the service (the host's first label), the operation, the form
/// parameters of query and ec2 calls, and the path and query string of REST calls.</summary>
internal sealed record FakeRequest(string Service, string Method, string Path, string Query, string Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The Action of a query/ec2 call, the operation of an X-Amz-Target json call, else "METHOD /path".</summary>
    public string Operation =>
        Form.TryGetValue("Action", out var action) ? action
        : Headers.TryGetValue("X-Amz-Target", out var target) ? target[(target.LastIndexOf('.') + 1)..]
        : $"{Method} {Path}";

    /// <summary>Form parameters of a query or ec2 body (Action, Version, NextToken, Filter.1.Name, ...).</summary>
    public IReadOnlyDictionary<string, string> Form
    {
        get
        {
            if (Body.Length == 0 || Body.TrimStart().StartsWith('{')) return new Dictionary<string, string>();
            var parsed = HttpUtility.ParseQueryString(Body);
            return parsed.AllKeys.OfType<string>().ToDictionary(k => k, k => parsed[k] ?? "", StringComparer.Ordinal);
        }
    }

    /// <summary>A query-string parameter of a REST call, or null.</summary>
    public string? QueryParameter(string name) => HttpUtility.ParseQueryString(Query)[name];
}
