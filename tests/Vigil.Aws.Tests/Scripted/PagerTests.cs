using System.Text.Json.Nodes;
using Vigil.Aws.Models;
using Vigil.ScriptedAws.Script;

namespace Vigil.Aws.Tests.Scripted;

/// <summary>The fake pages a scripted list by the operation's botocore paginator.</summary>
public sealed class PagerTests
{
    private static readonly JsonObject Users = new() { ["Users"] = new JsonArray("a", "b", "c", "d", "e") };

    [Fact]
    public void Page_CutsTheResultKeyAndSetsTheMarkerAndTruncationFlag()
    {
        var operation = ModelCatalog.Default.Operation("iam", "ListUsers");

        var first = Pager.Page(operation, Users, [], pageSize: 2);
        var second = Pager.Page(operation, Users, new JsonObject { ["Marker"] = first["Marker"]!.GetValue<string>() }, pageSize: 2);
        var last = Pager.Page(operation, Users, new JsonObject { ["Marker"] = second["Marker"]!.GetValue<string>() }, pageSize: 2);

        Assert.Equal(["a", "b"], first["Users"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.True(first["IsTruncated"]!.GetValue<bool>());
        Assert.Equal(["c", "d"], second["Users"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(["e"], last["Users"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.False(last["IsTruncated"]!.GetValue<bool>());
        Assert.Null(last["Marker"]);
    }

    [Fact]
    public void Page_TheRequestsLimitKeyWinsWhenSmaller()
    {
        var operation = ModelCatalog.Default.Operation("iam", "ListUsers");

        var page = Pager.Page(operation, Users, new JsonObject { ["MaxItems"] = "1" }, pageSize: 100);

        Assert.Single(page["Users"]!.AsArray());
    }

    [Fact]
    public void Page_NestedResultKeys_AreCutWhereThePaginatorPoints()
    {
        var operation = ModelCatalog.Default.Operation("cloudfront", "ListDistributions");
        var output = new JsonObject { ["DistributionList"] = new JsonObject { ["Items"] = new JsonArray(new JsonObject { ["Id"] = "A" }, new JsonObject { ["Id"] = "B" }) } };

        var page = Pager.Page(operation, output, [], pageSize: 1);

        Assert.Single(page["DistributionList"]!["Items"]!.AsArray());
        Assert.NotNull(page["DistributionList"]!["NextMarker"]);
        Assert.True(page["DistributionList"]!["IsTruncated"]!.GetValue<bool>());
    }

    [Fact]
    public void Page_ATokenTheFakeDidNotGive_IsRefused()
    {
        var operation = ModelCatalog.Default.Operation("iam", "ListUsers");

        var error = Assert.Throws<ArgumentException>(() => Pager.Page(operation, Users, new JsonObject { ["Marker"] = "forged" }, 2));

        Assert.Contains("forged", error.Message, StringComparison.Ordinal);
    }
}
