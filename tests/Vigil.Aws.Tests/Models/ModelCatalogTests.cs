using Vigil.Aws.Models;
using Vigil.Testing;

namespace Vigil.Aws.Tests.Models;

public sealed class ModelCatalogTests
{
    public static IEnumerable<object[]> ListedOperations =>
        File.ReadAllLines(RepositoryRoot.Combine("tools", "aws-models", "operations.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => new object[] { line });

    [Theory]
    [MemberData(nameof(ListedOperations))]
    public void EveryListedOperation_IsInTheEmbeddedModels(string listed)
    {
        var (service, operation) = (listed.Split(':')[0], listed.Split(':')[1]);

        var model = ModelCatalog.Default.Operation(service, operation);

        Assert.Equal(operation, model.Name);
        Assert.NotEmpty(model.HttpMethod);
    }

    [Fact]
    public void EmbeddedModels_HoldOnlyListedOperations()
    {
        var listed = ListedOperations.Select(o => (string)o[0]).ToHashSet(StringComparer.Ordinal);
        var embedded = ModelCatalog.Default.Services.SelectMany(s => s.Operations.Select(o => $"{s.Name}:{o.Name}"));

        Assert.Equal(listed.Order(StringComparer.Ordinal), embedded.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("sts", WireProtocol.Query, "sts", "2011-06-15")]
    [InlineData("ec2", WireProtocol.Ec2, "ec2", "2016-11-15")]
    [InlineData("kms", WireProtocol.Json, "kms", "2014-11-01")]
    [InlineData("cloudwatch", WireProtocol.Json, "monitoring", "2010-08-01")]
    [InlineData("lambda", WireProtocol.RestJson, "lambda", "2015-03-31")]
    [InlineData("s3", WireProtocol.RestXml, "s3", "2006-03-01")]
    [InlineData("s3control", WireProtocol.RestXml, "s3", "2018-08-20")]
    [InlineData("ecr", WireProtocol.Json, "ecr", "2015-09-21")]
    public void Services_KeepTheirWireMetadata(string service, WireProtocol protocol, string signingName, string apiVersion)
    {
        var model = ModelCatalog.Default.Service(service);

        Assert.Equal(protocol, model.Protocol);
        Assert.Equal(signingName, model.SigningName);
        Assert.Equal(apiVersion, model.ApiVersion);
    }

    [Fact]
    public void Paginators_AreAttachedToTheirOperations()
    {
        var paginator = ModelCatalog.Default.Operation("iam", "ListUsers").Paginator!;

        Assert.Equal(["Marker"], paginator.InputTokens);
        Assert.Equal(["Marker"], paginator.OutputTokens);
        Assert.Equal("IsTruncated", paginator.MoreResults);
        Assert.Equal(["Users"], paginator.ResultKeys);
    }

    [Fact]
    public void UnknownServiceOrOperation_IsAnErrorListingWhatExists()
    {
        Assert.Contains("known:", Assert.Throws<ArgumentException>(() => ModelCatalog.Default.Service("nope")).Message, StringComparison.Ordinal);
        Assert.Contains("ListUsers", Assert.Throws<ArgumentException>(() => ModelCatalog.Default.Operation("iam", "DeleteUser")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Partitions_CarryTheGlobalEndpoints()
    {
        var aws = ModelCatalog.Default.PartitionFor("eu-west-1");
        var china = ModelCatalog.Default.PartitionFor("cn-north-1");

        Assert.Equal(new GlobalEndpoint("iam.amazonaws.com", "us-east-1"), aws.GlobalEndpoints["iam"]);
        Assert.Equal("amazonaws.com.cn", china.DnsSuffix);
        Assert.Equal(new GlobalEndpoint("iam.cn-north-1.amazonaws.com.cn", "cn-north-1"), china.GlobalEndpoints["iam"]);
    }
}
