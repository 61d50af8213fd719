// `disclose keys gen` and `disclose open`.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>

#include <CLI/CLI.hpp>

#include "pipeline/cli/commands.h"
#include "stages/seal/keys.h"
#include "stages/seal/pack.h"

namespace disclose::cli {

namespace fs = std::filesystem;

namespace {

Result<std::string> ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot read " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

void AddKeyCommands(CLI::App& app, CommonOptions& /*common*/, int* exit_code) {
  auto* keys = app.add_subcommand("keys", "Key pairs for recipients (X25519) and the sealing organisation (Ed25519)");
  keys->require_subcommand(1);
  auto* gen = keys->add_subcommand("gen", "Write PREFIX.pub (base64, one line) and PREFIX.key (mode 0600)");
  struct GenArgs {
    std::string kind = "recipient", prefix;
  };
  auto g = std::make_shared<GenArgs>();
  gen->add_option("--kind", g->kind, "recipient or signing")->check(CLI::IsMember({"recipient", "signing"}));
  gen->add_option("--out", g->prefix, "Output prefix")->required();
  gen->callback([exit_code, g] {
    auto k = g->kind == "signing" ? seal::KeyKind::kSigning : seal::KeyKind::kRecipient;
    if (Status s = seal::GenerateKeyPair(k, g->prefix); !s.ok()) {
      PrintError(s.error().message);
      *exit_code = kExitFailure;
      return;
    }
    std::cout << "wrote " << g->prefix << ".pub and " << g->prefix << ".key\n";
  });

  auto* open = app.add_subcommand("open", "Verify and decrypt a disclosure pack into a folder");
  struct OpenArgs {
    std::string pack, key, signer, out;
  };
  auto a = std::make_shared<OpenArgs>();
  open->add_option("PACK", a->pack, "The .pack file")->required();
  open->add_option("--key", a->key, "Recipient secret key (PREFIX.key)")->required();
  open->add_option("--signer", a->signer, "Expected signer public key (SIGNING.pub)");
  open->add_option("--out", a->out, "Output folder")->required();
  open->callback([exit_code, a] {
    const auto& [pack, key, signer, out] = *a;
    auto fail = [exit_code](const std::string& m) {
      PrintError(m);
      *exit_code = kExitFailure;
    };
    auto bytes = ReadAll(pack);
    if (!bytes.ok()) return fail(bytes.error().message);
    auto secret = seal::ReadSecretKey(key, seal::KeyKind::kRecipient);
    if (!secret.ok()) return fail(secret.error().message);
    std::optional<std::string> expected;
    if (!signer.empty()) {
      auto pub = seal::ReadPublicKey(signer, seal::KeyKind::kSigning);
      if (!pub.ok()) return fail(pub.error().message);
      expected = *pub;
    }
    auto opened = seal::OpenPack(*bytes, *secret, expected ? std::optional<std::string_view>(*expected) : std::nullopt);
    if (!opened.ok()) return fail("pack " + pack + " could not be opened: " + opened.error().message);
    if (Status s = seal::WriteOpenedPack(*opened, out); !s.ok()) return fail(s.error().message);
    std::cout << "opened " << pack << ": " << opened->files.size() << " files in " << out
              << (expected ? " (signature verified against " + signer + ")"
                           : " (integrity checked; pass --signer to verify who sealed it)")
              << "\n";
  });
}

}  // namespace disclose::cli
