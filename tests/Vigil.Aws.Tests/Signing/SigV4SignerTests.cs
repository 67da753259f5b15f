using Vigil.Aws.Http;
using Vigil.Aws.Signing;

namespace Vigil.Aws.Tests.Signing;

public sealed class SigV4SignerTests
{
    public static IEnumerable<object[]> SuiteVectors => SignatureVector.Load("sigv4-test-suite.json");
    public static IEnumerable<object[]> S3Vectors => SignatureVector.Load("s3-sigv4-examples.json");

    [Theory]
    [MemberData(nameof(SuiteVectors))]
    public void Sign_MatchesTheAwsSignatureTestSuite(SignatureVector vector) =>
        Assert.Equal(vector.ExpectedAuthorization, vector.SignedAuthorization(s3Rules: false));

    [Theory]
    [MemberData(nameof(S3Vectors))]
    public void Sign_WithS3Rules_MatchesTheS3DocumentationExamples(SignatureVector vector) =>
        Assert.Equal(vector.ExpectedAuthorization, vector.SignedAuthorization(s3Rules: true));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("", "/")]
    [InlineData("/example/..", "/")]
    [InlineData("/example1/example2/../..", "/")]
    [InlineData("/./", "/")]
    [InlineData("/./example/./", "/example/")]
    [InlineData("//example//", "/example/")]
    [InlineData("/a/b/../c", "/a/c")]
    public void NormalizePath_RemovesDotSegmentsAndRepeatedSlashes(string path, string expected) =>
        Assert.Equal(expected, SigV4Signer.NormalizePath(path));

    [Fact]
    public void CanonicalRequest_EncodesAnEncodedPathAgain_ExceptForS3()
    {
        var request = new AwsHttpRequest { Method = "GET", Endpoint = new Uri("https://example.amazonaws.com"), Path = "/functions/a%3Ab/policy" };
        request.Headers["host"] = "example.amazonaws.com";

        var (generic, _) = SigV4Signer.CanonicalRequest(request, "hash", s3Rules: false);
        var (s3, _) = SigV4Signer.CanonicalRequest(request, "hash", s3Rules: true);

        Assert.StartsWith("GET\n/functions/a%253Ab/policy\n", generic, StringComparison.Ordinal);
        Assert.StartsWith("GET\n/functions/a%3Ab/policy\n", s3, StringComparison.Ordinal);
    }

    [Fact]
    public void Sign_WithASessionToken_SignsTheTokenHeader()
    {
        var request = new AwsHttpRequest { Method = "POST", Endpoint = new Uri("http://127.0.0.1:8123") };

        SigV4Signer.Sign(request, new SigningCredentials("AKID", "secret", "token"), "eu-west-1", "sts", DateTimeOffset.UnixEpoch, s3Rules: false);

        Assert.Equal("token", request.Headers["x-amz-security-token"]);
        Assert.Equal("127.0.0.1:8123", request.Headers["host"]);
        Assert.Contains("SignedHeaders=host;x-amz-date;x-amz-security-token,", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("Credential=AKID/19700101/eu-west-1/sts/aws4_request", request.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public void SigningCredentials_ToString_DoesNotRevealTheSecret()
    {
        var text = new SigningCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI", "session").ToString();
        Assert.DoesNotContain("wJalrXUtnFEMI", text, StringComparison.Ordinal);
        Assert.DoesNotContain("session", text, StringComparison.Ordinal);
    }
}
