using MudBlazor;

namespace HelpdeskConsole.Components.Layout;

/// <summary>The console's palette: a calm ministry blue with a gold accent, readable on a wall screen.</summary>
public static class ConsoleTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5cad",
            Secondary = "#b7791f",
            AppbarBackground = "#0b3d73",
            Background = "#f4f6fa",
            DrawerBackground = "#ffffff",
            Success = "#2e7d32",
            Warning = "#ed6c02",
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#7ab3ef",
            Secondary = "#f0b64b",
            AppbarBackground = "#10233b",
            Background = "#121821",
            Surface = "#1a2330",
            DrawerBackground = "#161e29",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "248px" },
    };
}
