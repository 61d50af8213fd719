// The public-body allow-list: published helplines, e-mail addresses, postcodes and street
// addresses of public bodies (the ICO, helplines, establishments). A finding whose value is
// listed is not personal data and is dropped. Default list: stages/detect/rules/public-bodies.yaml,
// embedded at build time; a deployment adds its own file to it.
// Thread-safety: immutable after Load; IsListed is const.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "pipeline/model/result.h"

namespace disclose::detect {

class PublicBodies {
 public:
  // `yaml` is the file text; `origin` names it in errors. Bad YAML or shape -> kInvalidInput.
  static Result<PublicBodies> Parse(std::string_view yaml, const std::string& origin);

  // True when `value`, found as `category` (phone, email, postcode, address), is listed.
  bool IsListed(std::string_view category, std::string_view value) const;
  // Adds `other`'s values to this list (a deployment's establishments after the built-in bodies).
  void Add(const PublicBodies& other);
  size_t size() const { return phones_.size() + emails_.size() + postcodes_.size() + addresses_.size(); }

 private:
  std::set<std::string> phones_, emails_, postcodes_, addresses_;  // canonical forms
};

// True when the finding page[begin, end) of `category` is an establishment's published contact by
// what the page says around it, with no list needed:
//  - a landline, address or postcode whose nearest label before it on its line is a service
//    label, with no sentence end between ("Establishment switchboard: 0191 498 0846   28 Saltmarsh
//    Street, ...", "Listing office: 0117 496 0451", "Visitors' centre: 40 Foundry Lane");
//  - an address or postcode right after an establishment's name and a comma ("HMP Gadsby, 26
//    Millrace Road, Kestwick KM6 8EF");
//  - an e-mail address at an official domain whose local part names a function, not a person
//    ("ppu@...police...", "businesshub.gadsby@...hmpps...", "saltingham.crowncourt@courts...").
// Mobile numbers are never an establishment's.
bool EstablishmentContact(std::string_view page, std::string_view category, size_t begin, size_t end);

// True when `domain` (an e-mail address's, any case) is an official one: a label "hmpps",
// "justice", "probation", "police" or "courts", or a gov.uk or NHS domain. Staff write from these;
// so do public bodies' functional mailboxes.
bool OfficialMailDomain(std::string_view domain);

std::string_view DefaultPublicBodiesYaml();

}  // namespace disclose::detect
