namespace HelpdeskConsole.Administration;

public static class AdministrationExtensions
{
    public static WebApplicationBuilder AddAdministration(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
