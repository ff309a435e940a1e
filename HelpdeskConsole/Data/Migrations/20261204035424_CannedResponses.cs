using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HelpdeskConsole.Data.Migrations
{
    /// <inheritdoc />
    public partial class CannedResponses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CannedResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Shortcut = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    TranslationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerId = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedById = table.Column<string>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<string>(type: "TEXT", nullable: true),
                    ArchivedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CannedResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CannedResponses_AspNetUsers_ApprovedById",
                        column: x => x.ApprovedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CannedResponses_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CannedResponses_AspNetUsers_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CannedResponses_CannedResponses_TranslationId",
                        column: x => x.TranslationId,
                        principalTable: "CannedResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CannedResponses_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CannedResponses_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CannedResponseUsages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    MessageId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CannedResponseUsages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CannedResponseUsages_AspNetUsers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CannedResponseUsages_CannedResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "CannedResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CannedResponseUsages_TicketMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "TicketMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CannedResponseUsages_Tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CannedResponseVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResponseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ChangedFields = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Shortcut = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Visibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorId = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CannedResponseVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CannedResponseVersions_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CannedResponseVersions_CannedResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "CannedResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponses_ApprovedById",
                table: "CannedResponses",
                column: "ApprovedById");

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponses_CategoryId",
                table: "CannedResponses",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponses_OwnerId_Visibility",
                table: "CannedResponses",
                columns: new[] { "OwnerId", "Visibility" });

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponses_Shortcut_Language",
                table: "CannedResponses",
                columns: new[] { "Shortcut", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponses_TeamId",
                table: "CannedResponses",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponses_TranslationId",
                table: "CannedResponses",
                column: "TranslationId");

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponses_UpdatedById",
                table: "CannedResponses",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponses_Visibility_TeamId",
                table: "CannedResponses",
                columns: new[] { "Visibility", "TeamId" });

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponseUsages_MessageId",
                table: "CannedResponseUsages",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponseUsages_OfficerId",
                table: "CannedResponseUsages",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponseUsages_ResponseId_At",
                table: "CannedResponseUsages",
                columns: new[] { "ResponseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponseUsages_TicketId",
                table: "CannedResponseUsages",
                column: "TicketId");

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponseVersions_AuthorId",
                table: "CannedResponseVersions",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_CannedResponseVersions_ResponseId_Number",
                table: "CannedResponseVersions",
                columns: new[] { "ResponseId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CannedResponseUsages");

            migrationBuilder.DropTable(
                name: "CannedResponseVersions");

            migrationBuilder.DropTable(
                name: "CannedResponses");
        }
    }
}
