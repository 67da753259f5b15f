namespace Vigil.Iam.Tests;

/// <summary>A request's context ignores the case of its keys: a dictionary that already does is used as given, any other
/// is copied into one that does.</summary>
public sealed class RequestContextTests
{
    private sealed class Layered(Dictionary<string, IReadOnlyList<string>> values) : ICaseInsensitiveDictionary
    {
        public IReadOnlyList<string> this[string key] => values[key];
        public IEnumerable<string> Keys => values.Keys;
        public IEnumerable<IReadOnlyList<string>> Values => values.Values;
        public int Count => values.Count;
        public bool ContainsKey(string key) => values.ContainsKey(key);
        public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out IReadOnlyList<string> value) => values.TryGetValue(key, out value);
        public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() => values.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static readonly Policy MfaOnly = Policy.Parse(
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}""",
        "mfa-only");

    private static AuthorizationRequest Request(IReadOnlyDictionary<string, IReadOnlyList<string>> context) => new()
    {
        Principal = "arn:aws:iam::111111111111:user/alice",
        Action = "s3:GetObject",
        Resource = "arn:aws:s3:::bucket/key",
        Context = context,
        IdentityPolicies = [MfaOnly],
    };

    [Fact]
    public void ACaseInsensitiveDictionary_IsUsedAsGiven()
    {
        var context = new Layered(new(StringComparer.OrdinalIgnoreCase) { ["AWS:multifactorauthpresent"] = ["true"] });
        var request = Request(context);
        Assert.Same(context, request.Context);
        Assert.Equal(Decision.Allowed, Evaluator.Evaluate(request).Decision);
    }

    [Fact]
    public void AnOrdinalDictionary_IsCopiedToIgnoreCase()
    {
        var context = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["AWS:multifactorauthpresent"] = ["true"] };
        var request = Request(context);
        Assert.NotSame(context, request.Context);
        Assert.Equal(Decision.Allowed, Evaluator.Evaluate(request).Decision);
    }
}
