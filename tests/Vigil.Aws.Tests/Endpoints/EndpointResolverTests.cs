using Vigil.Aws.Endpoints;
using Vigil.Aws.Http;
using Vigil.Aws.Models;

namespace Vigil.Aws.Tests.Endpoints;

public sealed class EndpointResolverTests
{
    private static readonly ModelCatalog Models = ModelCatalog.Default;

    private static ResolvedEndpoint Resolve(string service, string region, Uri? endpointUrl = null, Dictionary<string, string>? environment = null) =>
        new EndpointResolver(Models, endpointUrl, name => environment?.GetValueOrDefault(name)).Resolve(Models.Service(service), region);

    [Theory]
    [InlineData("ec2", "eu-west-1", "https://ec2.eu-west-1.amazonaws.com/", "eu-west-1")]
    [InlineData("sts", "eu-west-1", "https://sts.eu-west-1.amazonaws.com/", "eu-west-1")]
    [InlineData("logs", "ap-southeast-2", "https://logs.ap-southeast-2.amazonaws.com/", "ap-southeast-2")]
    [InlineData("cloudwatch", "us-east-2", "https://monitoring.us-east-2.amazonaws.com/", "us-east-2")]
    [InlineData("elbv2", "us-west-2", "https://elasticloadbalancing.us-west-2.amazonaws.com/", "us-west-2")]
    [InlineData("ecr", "us-east-1", "https://api.ecr.us-east-1.amazonaws.com/", "us-east-1")]
    [InlineData("iam", "eu-west-1", "https://iam.amazonaws.com/", "us-east-1")]
    [InlineData("cloudfront", "eu-west-1", "https://cloudfront.amazonaws.com/", "us-east-1")]
    [InlineData("organizations", "eu-central-1", "https://organizations.us-east-1.amazonaws.com/", "us-east-1")]
    [InlineData("account", "eu-central-1", "https://account.us-east-1.amazonaws.com/", "us-east-1")]
    [InlineData("s3", "eu-west-1", "https://s3.eu-west-1.amazonaws.com/", "eu-west-1")]
    [InlineData("ec2", "cn-north-1", "https://ec2.cn-north-1.amazonaws.com.cn/", "cn-north-1")]
    [InlineData("iam", "us-gov-west-1", "https://iam.us-gov.amazonaws.com/", "us-gov-west-1")]
    public void Resolve_AwsEndpoints(string service, string region, string url, string signingRegion)
    {
        var endpoint = Resolve(service, region);

        Assert.Equal(new ResolvedEndpoint(new Uri(url), signingRegion, IsCustom: false), endpoint);
    }

    [Fact]
    public void Resolve_ExplicitEndpointUrl_WinsOverTheEnvironment()
    {
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://general:1", ["AWS_ENDPOINT_URL_EC2"] = "http://ec2:2" };

        var endpoint = Resolve("ec2", "eu-west-1", new Uri("http://127.0.0.1:4566"), environment);

        Assert.Equal(new ResolvedEndpoint(new Uri("http://127.0.0.1:4566"), "eu-west-1", IsCustom: true), endpoint);
    }

    [Theory]
    [InlineData("logs", "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS")]
    [InlineData("elbv2", "AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2")]
    [InlineData("s3control", "AWS_ENDPOINT_URL_S3_CONTROL")]
    [InlineData("secretsmanager", "AWS_ENDPOINT_URL_SECRETS_MANAGER")]
    public void Resolve_ServiceVariable_IsNamedAfterTheServiceId_AndWinsOverTheGeneralOne(string service, string variable)
    {
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://general:1", [variable] = "http://specific:2" };

        Assert.Equal(variable, EndpointResolver.EnvironmentVariableFor(Models.Service(service)));
        Assert.Equal(new Uri("http://specific:2"), Resolve(service, "us-east-1", environment: environment).Url);
        Assert.Equal(new Uri("http://general:1"), Resolve("kms", "us-east-1", environment: environment).Url);
    }

    [Fact]
    public void Resolve_MalformedCustomEndpoint_IsAnErrorNamingItsSource()
    {
        var error = Assert.Throws<ArgumentException>(() => Resolve("ec2", "us-east-1", environment: new() { ["AWS_ENDPOINT_URL"] = "localhost:4566" }));
        Assert.Contains("AWS_ENDPOINT_URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_WithoutRegion_IsAnError() => Assert.Throws<ArgumentException>(() => Resolve("ec2", ""));

    [Fact]
    public void Apply_S3OnAws_UsesVirtualHostedStyle()
    {
        var request = new AwsHttpRequest { Method = "GET", Path = "/amzn-s3-demo-bucket", Bucket = "amzn-s3-demo-bucket" };

        RequestAddressing.Apply(request, Resolve("s3", "eu-west-1"));

        Assert.Equal("https://amzn-s3-demo-bucket.s3.eu-west-1.amazonaws.com/", request.Endpoint!.ToString());
        Assert.Equal("/", request.Path);
    }

    [Fact]
    public void Apply_S3BucketWithDots_StaysInThePath()
    {
        var request = new AwsHttpRequest { Method = "GET", Path = "/www.example.com", Bucket = "www.example.com" };

        RequestAddressing.Apply(request, Resolve("s3", "eu-west-1"));

        Assert.Equal("s3.eu-west-1.amazonaws.com", request.Endpoint!.Host);
        Assert.Equal("/www.example.com", request.Path);
    }

    [Fact]
    public void Apply_CustomEndpoint_UsesPathStyleAndNoHostPrefix()
    {
        var request = new AwsHttpRequest { Method = "GET", Path = "/bucket", Bucket = "bucket", HostPrefix = "123456789012." };

        RequestAddressing.Apply(request, Resolve("s3", "eu-west-1", new Uri("http://127.0.0.1:9000/base/")));

        Assert.Equal("127.0.0.1:9000", request.Authority);
        Assert.Equal("/base/bucket", request.Path);
    }

    [Fact]
    public void Apply_HostPrefixOnAws_PrefixesTheHost()
    {
        var request = new AwsHttpRequest { Method = "GET", Path = "/v20180820/configuration/publicAccessBlock", HostPrefix = "123456789012." };

        RequestAddressing.Apply(request, Resolve("s3control", "us-east-1"));

        Assert.Equal("123456789012.s3-control.us-east-1.amazonaws.com", request.Endpoint!.Host);
    }
}
