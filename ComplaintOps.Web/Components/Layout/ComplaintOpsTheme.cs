using MudBlazor;

namespace ComplaintOps.Web.Components.Layout;

/// <summary>A sober banking palette and CJK-capable fonts.</summary>
public static class ComplaintOpsTheme
{
    private static readonly string[] Fonts =
        ["Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b4f8a",
            Secondary = "#6a3fa0",
            Tertiary = "#00838f",
            Info = "#1e88e5",
            Success = "#2e7d32",
            Warning = "#ef6c00",
            Error = "#c62828",
            Dark = "#37474f",
            AppbarBackground = "#14365e",
            AppbarText = "#ffffff",
            Background = "#f4f6f9",
            DrawerBackground = "#ffffff",
            DrawerText = "#263238",
            DrawerIcon = "#1b4f8a",
        },
        // The wall screen (dashboard ?wall=1) runs dark: readable across a room, kind to an always-on display.
        PaletteDark = new PaletteDark
        {
            Primary = "#64a8f0",
            Secondary = "#b39ddb",
            Tertiary = "#4dd0e1",
            Success = "#66bb6a",
            Warning = "#ffa726",
            Error = "#ef5350",
            Background = "#0d1622",
            Surface = "#16222f",
            AppbarBackground = "#0b2440",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts, FontWeight = "500", FontSize = "1.6rem" },
            H5 = new H5Typography { FontFamily = Fonts, FontWeight = "500", FontSize = "1.3rem" },
            H6 = new H6Typography { FontFamily = Fonts, FontWeight = "500", FontSize = "1.1rem" },
            Button = new ButtonTypography { FontFamily = Fonts, TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px", DrawerWidthLeft = "230px" },
    };
}
