using Vigil.Checks.Policies;
using Vigil.Core.Checks;
using Vigil.Core.Model;
using Vigil.Core.Model.Account;
using Vigil.Core.Model.Sqs;

namespace Vigil.Checks.Tests;

public sealed class ResourcePolicyExposureTests
{
    private const string Owner = "111111111111";
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_SameTextNamingOneQueue_IsPublicOnlyForThatQueue()
    {
        var policy = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"{{QueueArn("a")}}"}]}""";
        var (context, queues) = Context(Queue("a", policy), Queue("b", policy));

        Assert.NotNull(Exposure(context, queues[0]).Public(ExposureAccess.Write));
        Assert.Null(Exposure(context, queues[1]).Public(ExposureAccess.Any));
        Assert.NotNull(Exposure(context, queues[0]).Public(ExposureAccess.Write));
    }

    [Fact]
    public void Of_SameTextOnEveryResource_IsAnalysedOnce()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sqs:*","Resource":"*"}]}""";
        var (context, queues) = Context(Queue("a", policy), Queue("b", policy));

        var first = Exposure(context, queues[0]);
        Assert.Same(first, Exposure(context, queues[1]));
        Assert.Equal(ExposureAccess.Any, first.Public(ExposureAccess.Any)!.Access);
    }

    [Fact]
    public void Of_GrantToTheDefaultStrangerAccount_IsForeignNotPublic()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999999999999:root"},"Action":"sqs:ReceiveMessage","Resource":"*"}]}""";
        var (context, queues) = Context(Queue("a", policy));

        var exposure = Exposure(context, queues[0]);
        Assert.Null(exposure.Public(ExposureAccess.Any));
        var grant = Assert.Single(exposure.Foreign(ExposureAccess.Read));
        Assert.Equal("999999999999", grant.Account);
        Assert.Equal(["sqs:ReceiveMessage"], grant.Allowed.Select(p => p.Action));
    }

    [Fact]
    public void Of_ServicePrincipalAndSnapshotAccounts_AreNotExposure()
    {
        const string policy = """
            {"Version":"2012-10-17","Statement":[
              {"Effect":"Allow","Principal":{"Service":"sns.amazonaws.com"},"Action":"sqs:SendMessage","Resource":"*"},
              {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::222222222222:root"},"Action":"sqs:*","Resource":"*"}]}
            """;
        var (context, queues) = Context(Queue("a", policy));

        Assert.Empty(Exposure(context, queues[0]).Grants);
    }

    [Fact]
    public void Of_GrantLimitedToTheOrganization_IsNotPublic()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sqs:SendMessage","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalOrgID":"o-acme1234ab"}}}]}""";
        var (context, queues) = Context(Queue("a", policy));

        Assert.Empty(Exposure(context, queues[0]).Grants);
    }

    private static PolicyExposure Exposure(CheckContext context, SqsQueue queue) =>
        ResourcePolicyExposure.Of(context, queue, queue.Policy!, ExposureProbeSets.SqsQueue);

    private static (CheckContext Context, IReadOnlyList<SqsQueue> Queues) Context(params SqsQueue[] queues)
    {
        var builder = new SnapshotBuilder()
            .Add(new Account { Arn = Account.ArnFor(Owner), Name = "owner", AccountId = Owner })
            .Add(new Account { Arn = Account.ArnFor("222222222222"), Name = "sibling", AccountId = "222222222222" })
            .AddRange(queues);
        return (new CheckContext(builder.Build(), Now, CheckSettings.Default), queues);
    }

    private static string QueueArn(string name) => $"arn:aws:sqs:us-east-1:{Owner}:{name}";

    private static SqsQueue Queue(string name, string policy) => new()
    {
        Arn = QueueArn(name),
        Name = name,
        AccountId = Owner,
        Region = "us-east-1",
        QueueUrl = $"https://sqs.us-east-1.amazonaws.com/{Owner}/{name}",
        Policy = policy,
    };
}
