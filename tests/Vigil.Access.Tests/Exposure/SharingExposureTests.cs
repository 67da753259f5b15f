using Vigil.Access.Exposure;
using Vigil.Core.Model.Ec2;
using Vigil.Core.Model.Rds;
using static Vigil.Access.Tests.Exposure.ExposureEstate;

namespace Vigil.Access.Tests.Exposure;

public sealed class SharingExposureTests
{
    [Fact]
    public void Analyse_EbsSnapshotSharedWithOrganizationAndStranger_LabelsEach()
    {
        var snapshot = new EbsSnapshot { Arn = $"arn:aws:ec2:eu-west-1:{Owner}:snapshot/snap-1", Name = "snap-1", SnapshotId = "snap-1", AccountId = Owner,
            SharedWithAccounts = [Sibling, Stranger, Owner] };
        var grants = Single(Analyse(With(s => s with { EbsSnapshots = [snapshot] })), snapshot.Arn).Grants;

        Assert.Equal([(Sibling, ExposureLabel.Organization), (Stranger, ExposureLabel.External)], grants.Select(g => (g.Account!, g.Label)));
        Assert.All(grants, g => Assert.Contains("ec2:CreateVolume", Actions(g)));
    }

    [Fact]
    public void Analyse_PublicAmi_IsPublic()
    {
        var image = new Ami { Arn = $"arn:aws:ec2:eu-west-1:{Owner}:image/ami-1", Name = "golden", ImageId = "ami-1", AccountId = Owner, Public = true };
        var grant = Assert.Single(Single(Analyse(With(s => s with { Amis = [image] })), image.Arn).Grants);

        Assert.Equal((ReachedBy.AnyAwsPrincipal, ExposureLabel.Public), (grant.ReachedBy, grant.Label));
        Assert.Contains("ec2:RunInstances", Actions(grant));
    }

    [Fact]
    public void Analyse_EncryptedClusterSnapshotSharedWithTrustedAccount_IsTrustedAndNamesTheKey()
    {
        var snapshot = new RdsSnapshot { Arn = $"arn:aws:rds:eu-west-1:{Owner}:cluster-snapshot:c1", Name = "c1", SnapshotIdentifier = "c1", AccountId = Owner,
            IsClusterSnapshot = true, Encrypted = true, KmsKeyId = "key-1", SharedWithAccounts = [Trusted] };
        var exposed = Single(Analyse(With(s => s with { RdsSnapshots = [snapshot] })), snapshot.Arn);

        Assert.Equal("AWS::RDS::DBClusterSnapshot", exposed.ResourceType);
        var grant = Assert.Single(exposed.Grants);
        Assert.Equal(ExposureLabel.Trusted, grant.Label);
        Assert.Contains("rds:RestoreDBClusterFromSnapshot", Actions(grant));
        Assert.Equal("key-1", Assert.Single(grant.Conditions).Values.Single());
    }

    [Fact]
    public void Analyse_UnreadableSharing_IsAProblem()
    {
        var snapshot = new EbsSnapshot { Arn = $"arn:aws:ec2:eu-west-1:{Owner}:snapshot/snap-2", Name = "snap-2", SnapshotId = "snap-2", AccountId = Owner,
            Unreadable = ["SharedWithAccounts"] };
        var exposed = Single(Analyse(With(s => s with { EbsSnapshots = [snapshot] })), snapshot.Arn);

        Assert.Empty(exposed.Grants);
        Assert.NotEmpty(exposed.Problems);
    }
}
