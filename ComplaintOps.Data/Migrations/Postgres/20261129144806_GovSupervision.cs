using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintOps.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GovSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReplyTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Verification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ChangedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChangedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplyTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpotChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: false),
                    Population = table.Column<int>(type: "integer", nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    DrawnById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    DrawnByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrawnAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CompletedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SpotCheckId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnswerCodes = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Finding = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    ReworkRequested = table.Column<bool>(type: "boolean", nullable: false),
                    ReworkNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CheckedById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    CheckedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CheckedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckCases_SpotChecks_SpotCheckId",
                        column: x => x.SpotCheckId,
                        principalTable: "SpotChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReplyTemplates_Category_Language",
                table: "ReplyTemplates",
                columns: new[] { "Category", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckCases_ComplaintId",
                table: "SpotCheckCases",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckCases_SpotCheckId_ComplaintId",
                table: "SpotCheckCases",
                columns: new[] { "SpotCheckId", "ComplaintId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpotChecks_Month",
                table: "SpotChecks",
                column: "Month",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionEvents_SubjectId",
                table: "SupervisionEvents",
                column: "SubjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReplyTemplates");

            migrationBuilder.DropTable(
                name: "SpotCheckCases");

            migrationBuilder.DropTable(
                name: "SupervisionEvents");

            migrationBuilder.DropTable(
                name: "SpotChecks");
        }
    }
}
