using Vigil.Checks.Checks.Backup;
using Vigil.Core.Model.Backup;
using Vigil.Core.Model.Ec2;

namespace Vigil.Checks.Tests.Checks.DataGovernance;

public sealed class BackupSelectionMatchingTests
{
    private static EbsVolume Volume(string id, Dictionary<string, string>? tags = null) => new()
    {
        Arn = $"arn:aws:ec2:eu-west-1:111111111111:volume/{id}", Name = id, AccountId = "111111111111", Region = "eu-west-1", VolumeId = id, Tags = tags ?? [],
    };

    [Fact]
    public void EmptyResourcesAndTags_SelectEverything_ThatMeetsTheConditions()
    {
        var selection = new CompiledSelection(new BackupSelection
        {
            SelectionName = "production",
            Conditions =
            [
                new BackupTagCondition { Operator = "StringLike", TagKey = "environment", Value = "prod*" },
                new BackupTagCondition { Operator = "StringNotLike", TagKey = "team", Value = "sandbox-?" },
            ],
        });

        Assert.True(selection.Selects(Volume("vol-1", new() { ["environment"] = "production", ["team"] = "data" })));
        Assert.False(selection.Selects(Volume("vol-2", new() { ["environment"] = "Production" })));
        Assert.False(selection.Selects(Volume("vol-3", new() { ["environment"] = "production", ["team"] = "sandbox-1" })));
        Assert.False(selection.Selects(Volume("vol-4")));
        Assert.True(selection.ReadsTags);
    }

    [Fact]
    public void ResourcesOrTags_SelectEither_AndNotResourcesWin()
    {
        var selection = new CompiledSelection(new BackupSelection
        {
            SelectionName = "mixed",
            Resources = ["arn:aws:ec2:eu-west-1:111111111111:volume/vol-1", "arn:aws:ec2:*:*:volume/vol-a*"],
            NotResources = ["arn:aws:ec2:*:*:volume/vol-ab"],
            ListOfTags = [new BackupTagCondition { Operator = "StringEquals", TagKey = "backup", Value = "daily" }],
        });

        Assert.True(selection.Selects(Volume("vol-1")));
        Assert.True(selection.Selects(Volume("vol-aa")));
        Assert.False(selection.Selects(Volume("vol-ab")));
        Assert.True(selection.Selects(Volume("vol-9", new() { ["backup"] = "daily" })));
        Assert.False(selection.Selects(Volume("vol-8", new() { ["backup"] = "weekly" })));
    }
}
