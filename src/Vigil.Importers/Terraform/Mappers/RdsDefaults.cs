namespace Vigil.Importers.Terraform.Mappers;

/// <summary>RDS creation defaults the plan does not state.</summary>
internal static class RdsDefaults
{
    /// <summary>The port an engine listens on when none is given (CreateDBInstance, Port).</summary>
    public static int? Port(string engine) => engine switch
    {
        _ when engine.Contains("postgres", StringComparison.Ordinal) => 5432,
        _ when engine.Contains("mysql", StringComparison.Ordinal) || engine.Contains("mariadb", StringComparison.Ordinal) || engine == "aurora" => 3306,
        _ when engine.StartsWith("oracle", StringComparison.Ordinal) => 1521,
        _ when engine.StartsWith("sqlserver", StringComparison.Ordinal) => 1433,
        _ when engine.StartsWith("db2", StringComparison.Ordinal) => 50000,
        _ => null,
    };
}
