using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HelpdeskConsole.Data.Migrations
{
    /// <inheritdoc />
    public partial class SlaAndEscalation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DueAt",
                table: "Tickets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DueKind",
                table: "Tickets",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EscalationLevel",
                table: "Tickets",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "NextEscalationAt",
                table: "Tickets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SlaCycle",
                table: "Tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "SlaPaused",
                table: "Tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "SlaStartedAt",
                table: "Tickets",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Existing tickets' clocks started when they arrived; their deadlines are computed at the next start.
            migrationBuilder.Sql("UPDATE \"Tickets\" SET \"SlaStartedAt\" = \"CreatedAt\";");

            migrationBuilder.AddColumn<DateTime>(
                name: "WarnAt",
                table: "Tickets",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DueAt",
                table: "TicketEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "TicketEvents",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AlwaysOpen",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "KeepsRamadanHours",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "EscalationSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    WarningPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    BreachEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    RaisePriorityOnBreach = table.Column<bool>(type: "INTEGER", nullable: false),
                    SecondLevelEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    SecondLevelAfterMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EscalationSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NameId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Unconfirmed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RamadanPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NameId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Unconfirmed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RamadanPeriods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SlaPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstResponseAmount = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstResponseUnit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ResolutionAmount = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolutionUnit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlaPolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlaPolicies_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TeamWorkingHours",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    Schedule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Opens = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Closes = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamWorkingHours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamWorkingHours_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TicketEscalations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeadlineKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Cycle = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssigneeId = table.Column<string>(type: "TEXT", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedById = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketEscalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TicketEscalations_AspNetUsers_AcknowledgedById",
                        column: x => x.AcknowledgedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TicketEscalations_AspNetUsers_AssigneeId",
                        column: x => x.AssigneeId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TicketEscalations_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "EscalationSettings",
                columns: new[] { "Id", "BreachEnabled", "RaisePriorityOnBreach", "SecondLevelAfterMinutes", "SecondLevelEnabled", "UpdatedAt", "WarningEnabled", "WarningPercent" },
                values: new object[] { 1, true, true, 120, true, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), true, 75 });

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_DueAt",
                table: "Tickets",
                column: "DueAt");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_NextEscalationAt",
                table: "Tickets",
                column: "NextEscalationAt");

            migrationBuilder.CreateIndex(
                name: "IX_Tickets_TeamId_DueAt",
                table: "Tickets",
                columns: new[] { "TeamId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Holidays_Date",
                table: "Holidays",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_RamadanPeriods_From",
                table: "RamadanPeriods",
                column: "From");

            migrationBuilder.CreateIndex(
                name: "IX_SlaPolicies_CategoryId",
                table: "SlaPolicies",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_SlaPolicies_Priority_CategoryId",
                table: "SlaPolicies",
                columns: new[] { "Priority", "CategoryId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamWorkingHours_TeamId_Schedule_Day",
                table: "TeamWorkingHours",
                columns: new[] { "TeamId", "Schedule", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketEscalations_AcknowledgedById",
                table: "TicketEscalations",
                column: "AcknowledgedById");

            migrationBuilder.CreateIndex(
                name: "IX_TicketEscalations_AssigneeId_AcknowledgedAt_EscalatedAt",
                table: "TicketEscalations",
                columns: new[] { "AssigneeId", "AcknowledgedAt", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketEscalations_Level_AcknowledgedAt_EscalatedAt",
                table: "TicketEscalations",
                columns: new[] { "Level", "AcknowledgedAt", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketEscalations_TeamId_AcknowledgedAt_EscalatedAt",
                table: "TicketEscalations",
                columns: new[] { "TeamId", "AcknowledgedAt", "EscalatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketEscalations_TicketId_DeadlineKind_Cycle_Level",
                table: "TicketEscalations",
                columns: new[] { "TicketId", "DeadlineKind", "Cycle", "Level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EscalationSettings");

            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "RamadanPeriods");

            migrationBuilder.DropTable(
                name: "SlaPolicies");

            migrationBuilder.DropTable(
                name: "TeamWorkingHours");

            migrationBuilder.DropTable(
                name: "TicketEscalations");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_DueAt",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_NextEscalationAt",
                table: "Tickets");

            migrationBuilder.DropIndex(
                name: "IX_Tickets_TeamId_DueAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "DueAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "DueKind",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "EscalationLevel",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "NextEscalationAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "SlaCycle",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "SlaPaused",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "SlaStartedAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "WarnAt",
                table: "Tickets");

            migrationBuilder.DropColumn(
                name: "DueAt",
                table: "TicketEvents");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "TicketEvents");

            migrationBuilder.DropColumn(
                name: "AlwaysOpen",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "KeepsRamadanHours",
                table: "Teams");
        }
    }
}
