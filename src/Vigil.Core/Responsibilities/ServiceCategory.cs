namespace Vigil.Core.Responsibilities;

/// <summary>The three service categories of AWS's 2016 Security Best Practices whitepaper.</summary>
public enum ServiceCategory
{
    /// <summary>The customer runs the operating system and everything above it (EC2, EBS, VPC).</summary>
    Infrastructure,

    /// <summary>AWS runs the operating system and the application platform on instances it manages (RDS, EMR).</summary>
    Container,

    /// <summary>AWS runs infrastructure, operating system and platform; the customer reaches the service through its endpoints (S3, DynamoDB).</summary>
    Abstracted,
}
