#!/usr/bin/perl
# strata conformance: read what the two builders made, the same way for both.
#
#   imgtool.pl config OCI_DIR TAG      the compared config fields, canonical JSON
#   imgtool.pl config-json             the same, of a config object on stdin
#   imgtool.pl list ROOTFS             the flattened root filesystem, one line a path
#   imgtool.pl filter-fs GLOB...       drop listing lines (stdin) under these globs
#   imgtool.pl filter-config FIELD...  drop these fields from a config (stdin)
#
# A listing line is: path, type (f d l c b p s), mode (octal with the setuid,
# setgid and sticky bits), uid:gid, then per type: size, nlink and sha256 for
# a file; the target of a symlink; major,minor of a device; then the xattrs.
# Times and directory sizes are left out: they differ between any two builds.
use strict;
use warnings;
use JSON::PP;
use Digest::SHA;
use Fcntl ':mode';
use File::Find;

my @FIELDS = qw(Env Cmd Entrypoint WorkingDir User ExposedPorts Volumes Labels
  StopSignal Healthcheck Shell OnBuild);

my $json = JSON::PP->new->canonical->pretty->space_before(0);

sub slurp {
  my ($path) = @_;
  open(my $fh, '<:raw', $path) or die "imgtool: $path: $!\n";
  local $/;
  return scalar <$fh>;
}

sub blob {
  my ($dir, $digest) = @_;
  my ($alg, $hex) = split /:/, $digest, 2;
  return decode_json(slurp("$dir/blobs/$alg/$hex"));
}

# An OCI layout's image (by tag) -> its config's compared fields. A field set
# to null, "", [] or {} is the same as one left out (docker's inspect shows
# them; the image config BuildKit writes omits them).
sub config {
  my ($dir, $tag) = @_;
  my $index = decode_json(slurp("$dir/index.json"));
  my @m = @{ $index->{manifests} || [] };
  my @t = grep { ($_->{annotations}{'org.opencontainers.image.ref.name'} // '') eq $tag } @m;
  @t = @m if !@t && @m == 1;
  die "imgtool: no image '$tag' in $dir\n" unless @t == 1;
  my $manifest = blob($dir, $t[0]{digest});
  print_config(blob($dir, $manifest->{config}{digest})->{config} || {});
}

sub print_config {
  my ($cfg) = @_;
  my %out;
  for my $f (@FIELDS) {
    my $v = $cfg->{$f};
    next if !defined $v || (!ref $v && $v eq '') || (ref $v eq 'ARRAY' && !@$v) || (ref $v eq 'HASH' && !%$v);
    $out{$f} = $v;
  }
  print $json->encode(\%out);
}

# getfattr's listing of the whole tree: path -> "name=0xhex,...".
sub xattrs {
  my ($root) = @_;
  my %x;
  open(my $fh, '-|', 'getfattr', '-R', '-P', '-h', '-d', '-m', '-', '-e', 'hex', '--absolute-names', $root)
    or die "imgtool: getfattr: $!\n";
  my $file;
  while (my $l = <$fh>) {
    chomp $l;
    if ($l =~ /^# file: (.*)$/) {
      ($file = $1) =~ s/\\([0-7]{3})/chr(oct($1))/ge;
      $file = substr($file, length($root));
    } elsif ($l =~ /^(.+?)=(.*)$/ && defined $file) {
      push @{ $x{$file} }, "$1=$2";
    }
  }
  close $fh;
  return \%x;
}

sub esc {
  my ($s) = @_;
  $s =~ s/([\\\s[:cntrl:]])/sprintf('\\%03o', ord($1))/ge;
  return $s;
}

sub list {
  my ($root) = @_;
  $root =~ s{/+$}{};
  my $xa = xattrs($root);
  my @lines;
  find({ no_chdir => 1, wanted => sub {
    my $p = $File::Find::name;
    return if $p eq $root;
    my $rel = substr($p, length($root));
    my @st = lstat($p) or die "imgtool: $p: $!\n";
    my ($mode, $nlink, $uid, $gid, $rdev, $size) = @st[2, 3, 4, 5, 6, 7];
    my ($type, $detail);
    if (S_ISREG($mode)) {
      $type = 'f';
      my $sha = Digest::SHA->new(256);
      $sha->addfile($p, 'b');
      $detail = "size=$size nlink=$nlink sha256=" . $sha->hexdigest;
    } elsif (S_ISDIR($mode)) {
      $type = 'd';
      $detail = '';
    } elsif (S_ISLNK($mode)) {
      $type = 'l';
      $detail = '-> ' . esc(readlink($p));
    } elsif (S_ISCHR($mode) || S_ISBLK($mode)) {
      $type = S_ISCHR($mode) ? 'c' : 'b';
      $detail = sprintf('dev=%d,%d', ($rdev >> 8) & 0xfff, ($rdev & 0xff) | (($rdev >> 12) & 0xfff00));
    } elsif (S_ISFIFO($mode)) {
      $type = 'p';
      $detail = '';
    } else {
      $type = 's';
      $detail = '';
    }
    my $x = $xa->{$rel} ? ' xattrs=' . join(',', sort @{ $xa->{$rel} }) : '';
    push @lines, sprintf("%s %s %04o %d:%d%s%s\n", esc($rel), $type, $mode & 07777, $uid, $gid,
      $detail eq '' ? '' : " $detail", $x);
  } }, $root);
  print sort @lines;
}

# A glob of a case's `ignore` line -> a regex matching the path and all under it.
sub glob_re {
  my ($g) = @_;
  my $re = '';
  while (length $g) {
    if ($g =~ s/^\*\*//) { $re .= '.*' }
    elsif ($g =~ s/^\*//) { $re .= '[^/]*' }
    elsif ($g =~ s/^\?//) { $re .= '[^/]' }
    else { $g =~ s/^(.)//s; $re .= quotemeta($1) }
  }
  return qr{^$re(?:/|$)};
}

sub filter_fs {
  my @re = map { glob_re($_) } @_;
  while (my $l = <STDIN>) {
    my ($path) = split / /, $l, 2;
    $path =~ s/\\([0-7]{3})/chr(oct($1))/ge;
    next if grep { $path =~ $_ } @re;
    print $l;
  }
}

sub filter_config {
  my @drop = @_;
  local $/;
  my $c = decode_json(<STDIN>);
  delete @{$c}{@drop};
  print $json->encode($c);
}

my $cmd = shift @ARGV // '';
if ($cmd eq 'config') { config(@ARGV) }
elsif ($cmd eq 'config-json') { local $/; print_config(decode_json(<STDIN>) || {}) }
elsif ($cmd eq 'list') { list(@ARGV) }
elsif ($cmd eq 'filter-fs') { filter_fs(@ARGV) }
elsif ($cmd eq 'filter-config') { filter_config(@ARGV) }
else { die "usage: imgtool.pl config OCI_DIR TAG | list ROOTFS | filter-fs GLOB... | filter-config FIELD...\n" }
