using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HelpdeskConsole.Data.Migrations
{
    /// <inheritdoc />
    public partial class TeamBoard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AssignBySkill",
                table: "Teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AssignmentMode",
                table: "Teams",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Off");

            migrationBuilder.AddColumn<string>(
                name: "Availability",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Offline");

            migrationBuilder.AddColumn<DateTime>(
                name: "AvailabilityChangedAt",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Capacity",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastAssignedAt",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OfficerSkills",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficerSkills", x => new { x.UserId, x.CategoryId });
                    table.ForeignKey(
                        name: "FK_OfficerSkills_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfficerSkills_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TeamId_Availability",
                table: "AspNetUsers",
                columns: new[] { "TeamId", "Availability" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficerSkills_CategoryId",
                table: "OfficerSkills",
                column: "CategoryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficerSkills");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_TeamId_Availability",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "AssignBySkill",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "AssignmentMode",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "Availability",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "AvailabilityChangedAt",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "Capacity",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastAssignedAt",
                table: "AspNetUsers");
        }
    }
}
