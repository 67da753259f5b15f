using System.Net;
using Vigil.Aws.Tests.Collectors.ComputeTesting;

namespace Vigil.Aws.Tests.Collectors.Efs;

/// <summary>Two EFS file systems over two pages of DescribeFileSystems in EFS's rest-json wire format (after the Amazon
/// EFS API reference): "shared" (encrypted, a public policy, backups enabled, an access point, two mount targets) and
/// "scratch" (unencrypted, no policy and no backup policy: both PolicyNotFound).</summary>
internal static class EfsEstate
{
    public const string SharedArn = "arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-0shared";
    public const string ScratchArn = "arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-0scratch";

    public static FakeAws Register(FakeAws fake) => fake
        .On("elasticfilesystem", "GET /2015-02-01/file-systems", r => FakeAws.Json(r.QueryParameter("Marker") is null ? Page1 : Page2))
        .On("elasticfilesystem", "GET /2015-02-01/access-points", _ => FakeAws.Json(AccessPoints))
        .On("elasticfilesystem", "GET /2015-02-01/file-systems/fs-0shared/policy", _ => FakeAws.Json(SharedPolicy))
        .On("elasticfilesystem", "GET /2015-02-01/file-systems/fs-0scratch/policy", _ => Error("PolicyNotFound", "No policy found", HttpStatusCode.NotFound))
        .On("elasticfilesystem", "GET /2015-02-01/file-systems/fs-0shared/backup-policy", _ => FakeAws.Json("""{"BackupPolicy":{"Status":"ENABLED"}}"""))
        .On("elasticfilesystem", "GET /2015-02-01/file-systems/fs-0scratch/backup-policy", _ => Error("PolicyNotFound", "Backup policy not found", HttpStatusCode.NotFound))
        .On("elasticfilesystem", "GET /2015-02-01/mount-targets", r => FakeAws.Json(r.QueryParameter("FileSystemId") == "fs-0shared" ? SharedMountTargets : """{"MountTargets":[]}"""));

    public static HttpResponseMessage Denied() => Error("AccessDeniedException", "User is not authorized to perform this action", HttpStatusCode.Forbidden);

    private static HttpResponseMessage Error(string code, string message, HttpStatusCode status)
    {
        var response = FakeAws.Json($$"""{"ErrorCode":"{{code}}","Message":"{{message}}"}""", status);
        response.Headers.Add("x-amzn-ErrorType", code);
        return response;
    }

    private const string Page1 = """
        {"FileSystems":[{"OwnerId":"123456789012","CreationToken":"shared","FileSystemId":"fs-0shared","FileSystemArn":"arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-0shared","CreationTime":1700000000,"LifeCycleState":"available","Name":"shared","NumberOfMountTargets":2,"SizeInBytes":{"Value":6144},"PerformanceMode":"generalPurpose","Encrypted":true,"KmsKeyId":"arn:aws:kms:eu-west-1:123456789012:key/efs","ThroughputMode":"bursting","Tags":[{"Key":"Name","Value":"shared"},{"Key":"team","Value":"data"}]}],"NextMarker":"page-2"}
        """;

    private const string Page2 = """
        {"FileSystems":[{"OwnerId":"123456789012","CreationToken":"scratch","FileSystemId":"fs-0scratch","FileSystemArn":"arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-0scratch","CreationTime":1700000000,"LifeCycleState":"available","NumberOfMountTargets":0,"SizeInBytes":{"Value":0},"PerformanceMode":"generalPurpose","Encrypted":false,"AvailabilityZoneName":"eu-west-1a","Tags":[]}]}
        """;

    private const string AccessPoints = """
        {"AccessPoints":[{"Name":"app","AccessPointId":"fsap-0app","AccessPointArn":"arn:aws:elasticfilesystem:eu-west-1:123456789012:access-point/fsap-0app","FileSystemId":"fs-0shared","PosixUser":{"Uid":1000,"Gid":1000},"RootDirectory":{"Path":"/app"},"OwnerId":"123456789012","LifeCycleState":"available"}]}
        """;

    private const string SharedPolicy = """
        {"FileSystemId":"fs-0shared","Policy":"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"elasticfilesystem:ClientMount\",\"Resource\":\"arn:aws:elasticfilesystem:eu-west-1:123456789012:file-system/fs-0shared\"}]}"}
        """;

    private const string SharedMountTargets = """
        {"MountTargets":[{"OwnerId":"123456789012","MountTargetId":"fsmt-0a","FileSystemId":"fs-0shared","SubnetId":"subnet-0a","LifeCycleState":"available","IpAddress":"10.0.1.5"},{"OwnerId":"123456789012","MountTargetId":"fsmt-0b","FileSystemId":"fs-0shared","SubnetId":"subnet-0b","LifeCycleState":"available","IpAddress":"10.0.2.5"}]}
        """;
}
