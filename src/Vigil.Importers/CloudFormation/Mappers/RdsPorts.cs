namespace Vigil.Importers.CloudFormation.Mappers;

/// <summary>The port each database engine listens on unless told otherwise.</summary>
internal static class RdsPorts
{
    public static int? Default(string engine) => engine switch
    {
        _ when engine.Contains("postgres", StringComparison.Ordinal) => 5432,
        _ when engine.Contains("mysql", StringComparison.Ordinal) || engine == "mariadb" => 3306,
        _ when engine.StartsWith("oracle", StringComparison.Ordinal) => 1521,
        _ when engine.StartsWith("sqlserver", StringComparison.Ordinal) => 1433,
        _ when engine.StartsWith("db2", StringComparison.Ordinal) => 50000,
        _ => null,
    };
}
