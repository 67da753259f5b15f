namespace Vigil.Checks.Checks.Rds;

/// <summary>What the RDS checks need to know about database engines: default ports, default administrator
/// names, the log types FSBP expects in CloudWatch Logs, and which engines support IAM authentication.</summary>
internal static class RdsEngines
{
    /// <summary>The engine's default port, or null for an engine Vigil does not know.</summary>
    public static int? DefaultPort(string engine) => engine switch
    {
        "mysql" or "mariadb" or "aurora-mysql" or "aurora" => 3306,
        "postgres" or "aurora-postgresql" => 5432,
        _ when engine.StartsWith("oracle", StringComparison.Ordinal) || engine.StartsWith("custom-oracle", StringComparison.Ordinal) => 1521,
        _ when engine.StartsWith("sqlserver", StringComparison.Ordinal) || engine.StartsWith("custom-sqlserver", StringComparison.Ordinal) => 1433,
        _ when engine.StartsWith("db2", StringComparison.Ordinal) => 50000,
        _ => null,
    };

    /// <summary>Administrator names the engines and the console propose by default (FSBP RDS.24/RDS.25).</summary>
    public static bool IsDefaultMasterUsername(string username) =>
        username.Equals("admin", StringComparison.OrdinalIgnoreCase) || username.Equals("postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>The log types FSBP RDS.9 expects a DB instance of an engine to export, or null when it names none.</summary>
    public static IReadOnlyList<string>? RequiredInstanceLogExports(string engine) => engine switch
    {
        "mysql" or "mariadb" => ["audit", "error", "general", "slowquery"],
        "postgres" => ["postgresql", "upgrade"],
        _ when engine.StartsWith("oracle", StringComparison.Ordinal) => ["alert", "audit", "trace", "listener"],
        _ when engine.StartsWith("sqlserver", StringComparison.Ordinal) => ["error", "agent"],
        _ => null,
    };

    /// <summary>The log types a DB cluster of an engine should export: audit for Aurora MySQL (RDS.34), postgresql for
    /// Aurora PostgreSQL (RDS.37), and what Multi-AZ DB clusters can export (they have no audit plugin).</summary>
    public static IReadOnlyList<string>? RequiredClusterLogExports(string engine) => engine switch
    {
        "aurora-mysql" or "aurora" => ["audit"],
        "aurora-postgresql" => ["postgresql"],
        "mysql" => ["error", "general", "slowquery"],
        "postgres" => ["postgresql", "upgrade"],
        _ => null,
    };

    /// <summary>Engines that support IAM database authentication.</summary>
    public static bool SupportsIamAuthentication(string engine) =>
        engine is "mysql" or "mariadb" or "postgres" or "aurora-mysql" or "aurora" or "aurora-postgresql";

    /// <summary>RDS engines proper: DescribeDBClusters also lists Neptune and DocumentDB clusters.</summary>
    public static bool IsRdsClusterEngine(string engine) =>
        engine is "aurora-mysql" or "aurora" or "aurora-postgresql" or "mysql" or "postgres";

    public static bool IsAuroraMySql(string engine) => engine is "aurora-mysql" or "aurora";
}
