using System.IO.Compression;
using System.Text;
using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Catalog;

public sealed class ActionCatalogReaderTests
{
    private const string Small = """
        {"p":"pkg","v":"1.2.3","u":"2026-01-01T00:00:00Z","s":[
          ["svc","Service",1,2,[["svc:key",1],["aws:TagKeys",1]],[["thing","arn:${Partition}:svc:::thing/${Name}",[0]]],
           [["DoThing",2,[[0,1,[1]]],[0]],["ListThings",0,[],[]]]]]}
        """;

    [Fact]
    public void Load_ReadsServicesActionsResourceTypesAndKeys()
    {
        var catalog = ActionCatalog.Load(Gzip(Small));
        Assert.Equal("pkg", catalog.PackageName);
        Assert.Equal("1.2.3", catalog.PackageVersion);
        Assert.Equal("2026-01-01T00:00:00Z", catalog.UpdatedAt);
        var service = Assert.Single(catalog.Services);
        Assert.True(service.SupportsResourceControlPolicies);
        Assert.Equal(2, catalog.ActionCount);
        Assert.True(catalog.TryGetAction("SVC:dothing", out var action));
        Assert.Equal(AccessLevel.Write, action.AccessLevel);
        var target = Assert.Single(action.ResourceTypes);
        Assert.True(target.Required);
        Assert.Equal("arn:${Partition}:svc:::thing/${Name}", target.ArnFormat);
        Assert.Equal(["svc:key"], target.ResourceType.ConditionKeys.Select(k => k.Name));
        Assert.Equal(["svc:key", "aws:TagKeys"], catalog.ConditionKeysOf("svc:DoThing").Select(k => k.Name));
        Assert.Equal(AccessLevel.List, catalog.AccessLevelOf("svc:ListThings"));
    }

    [Fact]
    public void Load_DecodesEscapesAndSkipsUnknownProperties()
    {
        const string json = """
            { "x": {"a": [1, -2, "]"], "b": true, "c": null}, "v" : "1",
              "s" : [ ["q", "Caf\u00e9 \"quoted\" \\ \/ é", 0, 1, [], [], [ ["Do", 1, [], []] ] ] ] }
            """;
        var catalog = ActionCatalog.Load(Gzip(json));
        Assert.Equal("Café \"quoted\" \\ / é", Assert.Single(catalog.Services).Name);
        Assert.True(catalog.IsKnownAction("q:do"));
    }

    [Theory]
    [InlineData("""{"p":"pkg"}""")]
    [InlineData("""{"s":[["svc","Service",0,1,[],[],[]]]""")]
    [InlineData("""{"s":[["svc","Service",0,1,[],[],[],]]}""")]
    [InlineData("""{"s":[["svc","Serv\x",0,1,[],[],[]]]}""")]
    [InlineData("""{"s":[["svc","Service","0",1,[],[],[]]]}""")]
    [InlineData("")]
    [InlineData("""{"s":[["svc","Service",0,2,[],[],[["A",0,[],[]]]]]}""")]
    [InlineData("""{"s":[["svc","Service",0,1,[],[],[["A",0,[],[]]],[]]]}""")]
    [InlineData("""{"s":[["svc","Service",0,1,[],[],[["A",9,[],[]]]]]}""")]
    [InlineData("""{"s":[["svc","Service",0,1,[],[],[["A",0,[[3,0,[]]],[]]]]]}""")]
    [InlineData("""{"s":[["svc","Service",0,1,[],[],[["A",0,[],[7]]]]]}""")]
    [InlineData("""{"s":[["svc","Service",0,1,[["k",99]],[],[]]]}""")]
    [InlineData("""{"s":[["svc"]]}""")]
    public void Load_MalformedCatalog_Throws(string json) =>
        Assert.Throws<InvalidDataException>(() => ActionCatalog.Load(Gzip(json)).Services.Sum(s => s.Actions.Count));

    [Fact]
    public void Load_LeavesTheStreamOpen()
    {
        using var stream = Gzip(Small);
        ActionCatalog.Load(stream);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void Services_ReadConcurrentlyOnFirstUse_AreReadOnce()
    {
        using var stream = ActionCatalog.OpenBuiltIn();
        var catalog = ActionCatalog.Load(stream);
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string, IReadOnlyList<IamAction>)>();
        Parallel.For(0, 4 * catalog.Services.Count, i =>
        {
            var service = catalog.Services[i % catalog.Services.Count];
            seen.Add((service.Prefix, service.Actions));
        });
        Assert.All(seen.GroupBy(s => s.Item1), g => Assert.Single(g.Select(s => s.Item2).Distinct()));
        Assert.Equal(catalog.ActionCount, catalog.Expand("*").Count);
    }

    [Fact]
    public void Load_ReadsAServiceOnlyWhenItIsUsed()
    {
        var catalog = ActionCatalog.Load(Gzip("""{"s":[["bad","Bad",0,1,[],[],[["A",9,[],[]]]],["good","Good",0,1,[],[],[["A",0,[],[]]]]]}"""));
        Assert.Equal(2, catalog.ActionCount);
        Assert.True(catalog.IsKnownAction("good:a"));
        Assert.True(catalog.TryGetService("bad", out var bad));
        Assert.Throws<InvalidDataException>(() => bad.Actions);
    }

    private static MemoryStream Gzip(string json)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }
        output.Position = 0;
        return output;
    }
}
