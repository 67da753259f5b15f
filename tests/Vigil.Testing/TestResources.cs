using Vigil.Core.Model.Account;
using Vigil.Core.Model.S3;

namespace Vigil.Testing;

/// <summary>Small, valid resources for tests that need one of each.</summary>
public static class TestResources
{
    public const string AccountId = "111111111111";

    public static Account Account(string id = AccountId) => new() { Arn = Core.Model.Account.Account.ArnFor(id), Name = "test-" + id, AccountId = id };

    public static S3Bucket Bucket(string name, string account = AccountId, string region = "us-east-1") =>
        new() { Arn = $"arn:aws:s3:::{name}", Name = name, AccountId = account, Region = region };
}
