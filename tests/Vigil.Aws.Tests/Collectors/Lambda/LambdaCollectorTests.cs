using Vigil.Aws.Collectors.Lambda;
using Vigil.Aws.Tests.Collectors.ComputeTesting;
using Vigil.Core.Findings;
using Vigil.Core.Model;

namespace Vigil.Aws.Tests.Collectors.Lambda;

public sealed class LambdaCollectorTests
{
    [Fact]
    public async Task Collect_ReadsFunctionsFieldByField_AcrossTwoPages()
    {
        using var fake = LambdaEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new LambdaCollector());

        Assert.Empty(snapshot.Errors);
        Assert.Equal(["public-hook", "worker"], snapshot.LambdaFunctions.Select(f => f.Name));
        var hook = snapshot.LambdaFunctions[0];
        Assert.Equal(LambdaEstate.HookArn, hook.Arn);
        Assert.Equal((FakeAws.AccountId, FakeAws.Region), (hook.AccountId, hook.Region));
        Assert.Equal("python3.8", hook.Runtime);
        Assert.Equal("Zip", hook.PackageType);
        Assert.Equal("arn:aws:iam::123456789012:role/hook-role", hook.RoleArn);
        Assert.Contains("\"Principal\":\"*\"", hook.Policy, StringComparison.Ordinal);
        Assert.Equal("vpc-0a1b2c3d", hook.VpcId);
        Assert.Equal(["subnet-0a", "subnet-0b"], hook.SubnetIds);
        Assert.Equal(["eu-west-1a", "eu-west-1a"], hook.SubnetAvailabilityZones);
        Assert.Equal(["sg-0hook"], hook.SecurityGroupIds);
        Assert.Equal("Active", hook.TracingMode);
        Assert.Equal("arn:aws:sqs:eu-west-1:123456789012:hook-dlq", hook.DeadLetterTargetArn);
        Assert.Equal("arn:aws:kms:eu-west-1:123456789012:key/lambda", hook.KmsKeyArn);
        Assert.Equal(["TABLE", "API_TOKEN"], hook.EnvironmentVariableNames);
        Assert.Equal("NONE", hook.FunctionUrlAuthType);
        Assert.Null(hook.ReservedConcurrency);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 16, 20, 11, TimeSpan.Zero), hook.LastModified);
        Assert.Equal(new Dictionary<string, string> { ["data-classification"] = "public", ["team"] = "edge" }, hook.Tags);
        Assert.Equal(["arn:aws:lambda:eu-west-1:123456789012:layer:shared-libs:3"], hook.Layers);

        var worker = snapshot.LambdaFunctions[1];
        Assert.Null(worker.Runtime);
        Assert.Equal("Image", worker.PackageType);
        Assert.Null(worker.Policy);
        Assert.Null(worker.VpcId);
        Assert.Empty(worker.SubnetIds);
        Assert.Null(worker.FunctionUrlAuthType);
        Assert.Equal(25, worker.ReservedConcurrency);
        Assert.Empty(worker.Tags);
        Assert.Empty(worker.Layers);
        Assert.Empty(worker.Unreadable);

        Assert.Equal("page-2", fake.Requests.Where(r => r.Operation == "GET /2015-03-31/functions").Last().QueryParameter("Marker"));
        var subnetCall = Assert.Single(fake.Requests, r => r.Operation == "DescribeSubnets");
        Assert.Equal(("subnet-0a", "subnet-0b"), (subnetCall.Form["SubnetId.1"], subnetCall.Form["SubnetId.2"]));
    }

    [Fact]
    public async Task Collect_WhenListingIsDenied_RecordsTheErrorAndAddsNoResources()
    {
        using var fake = LambdaEstate.Register(new FakeAws())
            .On("lambda", "GET /2015-03-31/functions", _ => LambdaEstate.Denied("lambda:ListFunctions"));

        var snapshot = await fake.CollectAsync(new LambdaCollector());

        Assert.Empty(snapshot.LambdaFunctions);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal((ResourceTypes.LambdaFunction, "ListFunctions", "AccessDeniedException", null), (error.ResourceType, error.Operation, error.ErrorCode, error.ResourceArn));
    }

    [Fact]
    public async Task Collect_WhenDetailsAreDenied_KeepsTheFunctionWithUnreadableProperties()
    {
        using var fake = LambdaEstate.Register(new FakeAws())
            .On("lambda", "GET /2015-03-31/functions/public-hook/policy", _ => LambdaEstate.Denied("lambda:GetPolicy"))
            .On("ec2", "DescribeSubnets", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new LambdaCollector());

        var hook = snapshot.LambdaFunctions.Single(f => f.Name == "public-hook");
        Assert.Null(hook.Policy);
        Assert.Empty(hook.SubnetAvailabilityZones);
        Assert.Equal(["Policy", "SubnetAvailabilityZones"], hook.Unreadable);
        Assert.Equal("NONE", hook.FunctionUrlAuthType);
        Assert.Equal(
            [("GetPolicy", "Policy", "AccessDeniedException"), ("DescribeSubnets", "SubnetAvailabilityZones", "UnauthorizedOperation")],
            snapshot.Errors.Select(e => (e.Operation, e.Property!, e.ErrorCode)));
        Assert.All(snapshot.Errors, e => Assert.Equal(LambdaEstate.HookArn, e.ResourceArn));
        Assert.Empty(snapshot.LambdaFunctions.Single(f => f.Name == "worker").Unreadable);
    }

    [Fact]
    public async Task Collect_WhenTagsAreDenied_KeepsTheFunctionWithTagsUnreadable()
    {
        using var fake = LambdaEstate.Register(new FakeAws())
            .On("lambda", $"GET /2017-03-31/tags/{LambdaEstate.WorkerArn}", _ => LambdaEstate.Denied("lambda:ListTags"));

        var snapshot = await fake.CollectAsync(new LambdaCollector());

        var worker = snapshot.LambdaFunctions.Single(f => f.Name == "worker");
        Assert.Equal(25, worker.ReservedConcurrency);
        Assert.Empty(worker.Tags);
        Assert.Equal(["Tags"], worker.Unreadable);
        var error = Assert.Single(snapshot.Errors);
        Assert.Equal(("ListTags", "Tags", "AccessDeniedException", LambdaEstate.WorkerArn), (error.Operation, error.Property, error.ErrorCode, error.ResourceArn));
        Assert.Empty(snapshot.LambdaFunctions.Single(f => f.Name == "public-hook").Unreadable);
    }

    [Fact]
    public async Task Checks_OnAnUnreadablePolicy_ReportErrorNotPass()
    {
        using var fake = LambdaEstate.Register(new FakeAws())
            .On("lambda", "GET /2015-03-31/functions/public-hook/policy", _ => LambdaEstate.Denied("lambda:GetPolicy"))
            .On("ec2", "DescribeSubnets", _ => FakeAws.Ec2Denied());

        var snapshot = await fake.CollectAsync(new LambdaCollector());

        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "lambda-function-policy-no-public-access", LambdaEstate.HookArn));
        Assert.Equal(FindingStatus.Error, CheckRun.StatusOf(snapshot, "lambda-function-multi-az", LambdaEstate.HookArn));
    }

    [Fact]
    public async Task Checks_OnTheReadableEstate_FindThePublicPolicyAndTheSingleZone()
    {
        using var fake = LambdaEstate.Register(new FakeAws());

        var snapshot = await fake.CollectAsync(new LambdaCollector());

        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "lambda-function-policy-no-public-access", LambdaEstate.HookArn));
        Assert.Equal(FindingStatus.Pass, CheckRun.StatusOf(snapshot, "lambda-function-policy-no-public-access", LambdaEstate.WorkerArn));
        Assert.Equal(FindingStatus.Fail, CheckRun.StatusOf(snapshot, "lambda-function-multi-az", LambdaEstate.HookArn));
    }
}
